package de.teilhabe.ui.ansicht;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommuneDaten;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class KommunenViewTest extends OhneBrowser {
    private static String slug;
    private Nutzer admin;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("kommunen");
        TestKreise.onboarden(kontext, slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @BeforeEach
    void alsAdmin() {
        admin = TestKreise.admin(kontext, slug);
        anmelden(admin);
        oeffnen("kommunen");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Kommune> tabelle() {
        return _get(Grid.class, s -> s.withId("kommunen"));
    }

    @Test
    void zeigtDieKommunenDesKreises() {
        assertThat(_size(tabelle())).isEqualTo(8);
        assertThat(_get(tabelle(), 0).name()).isEqualTo("Dormagen");
    }

    @Test
    void leererNameKommtAlsDeutscheFeldmeldungZurueck() {
        _click(_get(Button.class, s -> s.withId("kommune-anlegen")));
        _click(_get(Button.class, s -> s.withId("kommune-speichern")));
        TextField name = _get(TextField.class, s -> s.withId("kommune-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        _get(Dialog.class);
    }

    @Test
    void derNameWirdBeimAusfuellenNachDenRegelnDerApiGeprueft() {
        int vorher = kontext.getBean(KommunenDienst.class).liste(admin).size();
        _click(_get(Button.class, s -> s.withId("kommune-anlegen")));
        TextField name = _get(TextField.class, s -> s.withId("kommune-name"));
        name.setValue("Neu\u0007stadt");
        // shown at once, before a save: the same constraint and the same text as the API's answer for that field
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Erlaubt ist eine Zeile ohne Steuerzeichen (kein Zeilenumbruch, kein Tabulator, kein Nullzeichen).");
        name.setValue("N".repeat(101));
        assertThat(name.getErrorMessage()).isEqualTo("Der Text ist zu lang: höchstens 100 Zeichen.");
        name.setValue("Neustadt");
        assertThat(name.isInvalid()).isFalse();
        name.setValue("  ");
        assertThat(name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(kontext.getBean(KommunenDienst.class).liste(admin)).hasSize(vorher);
    }

    @Test
    @SuppressWarnings("unchecked")
    void neueKommuneMitAbhEinerAnderenKommune() {
        _click(_get(Button.class, s -> s.withId("kommune-anlegen")));
        _get(TextField.class, s -> s.withId("kommune-name")).setValue("Neudorf " + UUID.randomUUID().toString().substring(0, 4));
        Select<Optional<UUID>> abh = _get(Select.class, s -> s.withId("kommune-abh-zustaendig"));
        Kommune neuss = kontext.getBean(KommunenDienst.class).liste(admin).stream()
                .filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow();
        abh.setValue(Optional.of(neuss.id()));
        _click(_get(Button.class, s -> s.withId("kommune-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(tabelle())).isEqualTo(9);
    }

    @Test
    void veralteteAenderungWirdGemeldetStattUeberschrieben() {
        Kommune kaarst = tabelle().getListDataView().getItems().filter(k -> k.name().equals("Kaarst")).findFirst().orElseThrow();
        int zeile = tabelle().getListDataView().getItems().map(Kommune::name).toList().indexOf("Kaarst");
        com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem(tabelle(), zeile);
        kontext.getBean(KommunenDienst.class).aendern(admin, kaarst.id(), kaarst.version(),
                new KommuneDaten("Kaarst", false, true, false, kaarst.abhKommuneId()));
        _get(TextField.class, s -> s.withId("kommune-name")).setValue("Kaarst (neu)");
        _click(_get(Button.class, s -> s.withId("kommune-speichern")));
        Fehleranzeige fehler = _get(Fehleranzeige.class);
        assertThat(fehler.isVisible()).isTrue();
        assertThat(fehler.getElement().getTextRecursively()).isNotBlank();
        _get(Dialog.class);
    }
}
