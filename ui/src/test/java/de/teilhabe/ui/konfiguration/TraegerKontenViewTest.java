package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Kreis admin links a Maßnahmeträger account to its provider in the provider directory. */
class TraegerKontenViewTest extends MitProgrammen {
    private static String slug;
    private static Nutzer admin;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-tkonto");
        TestKreise.onboarden(kontext, slug);
        admin = TestKreise.admin(kontext, slug);
        kontext.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten("Caritas Sozialdienste", "Caritas",
                null, null, List.of(), Set.of()));
        kontext.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(slug + ".caritas", "Caritas",
                Set.of(Rolle.MASSNAHMETRAEGER), true, "ein-langes-passwort-123"));
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @SuppressWarnings("unchecked")
    void kontoDemTraegerZuordnen() {
        anmelden(admin);
        oeffnen("konfiguration/traeger");
        Grid<Traeger> tabelle = _get(Grid.class, s -> s.withId("traeger"));
        int zeile = IntStream.range(0, _size(tabelle)).filter(i -> _getFormatted(tabelle, i, "kurzname").equals("Caritas"))
                .findFirst().orElseThrow();
        _click((Button) _getCellComponent(tabelle, zeile, "konten"));
        ComboBox<String> konto = _get(ComboBox.class, s -> s.withId("traeger-konto-neu"));
        assertThat(konto.getGenericDataView().getItems()).containsExactly(slug + ".caritas");
        konto.setValue(slug + ".caritas");
        _click(_get(Button.class, s -> s.withId("traeger-konto-zuordnen")));
        assertThat(_size(_get(Grid.class, s -> s.withId("traeger-konten")))).isEqualTo(1);
        Nutzer caritas = new Nutzer(UUID.randomUUID(), slug + ".caritas", "Caritas", slug, admin.kreisName(),
                Set.of(Rolle.MASSNAHMETRAEGER));
        assertThat(kontext.getBean(TraegerKonten.class).traegerVon(caritas)).isPresent();
    }
}
