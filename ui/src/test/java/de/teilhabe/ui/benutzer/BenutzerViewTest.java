package de.teilhabe.ui.benutzer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The Kreis admin creates a case manager's account (the new person can sign in) and cannot lock itself out. */
class BenutzerViewTest extends MitProgrammen {
    private static String slug;
    private static Nutzer admin;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-konten");
        TestKreise.onboarden(kontext, slug);
        admin = TestKreise.admin(kontext, slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @SuppressWarnings("unchecked")
    void zugangAnlegenUndSichNichtAussperren() {
        anmelden(admin);
        oeffnen("benutzer");
        Grid<Konto> tabelle = _get(Grid.class, s -> s.withId("benutzer"));
        int vorher = _size(tabelle);
        _click(_get(Button.class, s -> s.withId("benutzer-anlegen")));
        _get(TextField.class, s -> s.withId("benutzer-name")).setValue(slug + ".mueller");
        _get(TextField.class, s -> s.withId("benutzer-anzeigename")).setValue("Frau Müller");
        _get(CheckboxGroup.class, s -> s.withId("benutzer-rollen")).setValue(Set.of(Rolle.CASE_MANAGEMENT));
        PasswordField passwort = _get(PasswordField.class, s -> s.withId("benutzer-passwort"));
        passwort.setValue("kurz");
        _click(_get(Button.class, s -> s.withId("benutzer-speichern")));
        assertThat(passwort.isInvalid()).as("zu kurzes Passwort").isTrue();
        passwort.setValue("ein-langes-passwort-123");
        _click(_get(Button.class, s -> s.withId("benutzer-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(tabelle)).isEqualTo(vorher + 1);
        assertThat(kontext.getBean(Anmeldung.class).anmelden(slug + ".mueller", "ein-langes-passwort-123", "test")
                .rollen()).containsExactly(Rolle.CASE_MANAGEMENT);

        int eigene = IntStream.range(0, _size(tabelle)).filter(i -> _getFormatted(tabelle, i, "benutzername")
                .equals(admin.benutzername())).findFirst().orElseThrow();
        _click((Button) _getCellComponent(tabelle, eigene, "aktion"));
        CheckboxGroup<Rolle> rollen = _get(CheckboxGroup.class, s -> s.withId("benutzer-rollen"));
        rollen.setValue(Set.of(Rolle.KI_KOORDINATION));
        _click(_get(Button.class, s -> s.withId("benutzer-speichern")));
        assertThat(rollen.isInvalid()).as("der Admin sperrt sich nicht selbst aus").isTrue();
    }
}
