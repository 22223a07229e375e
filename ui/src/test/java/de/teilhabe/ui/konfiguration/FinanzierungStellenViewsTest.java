package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.finanzierung.Eigenanteil;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.stelle.Stellenbesetzung;
import de.teilhabe.platform.testing.TestKreise;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The funding and post entry screens of the KI, against a test Kreis with durchstarten enabled. */
class FinanzierungStellenViewsTest extends MitProgrammen {
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-fin");
        ki = rknMitMassnahmen(slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eigenanteilMitGeldformatUndFeldfehlerBeiNegativemBetrag() {
        anmelden(ki);
        oeffnen("konfiguration/finanzierung");
        _get(Grid.class, s -> s.withId("bescheide"));
        _get(Grid.class, s -> s.withId("weiterleitungen"));
        Grid<Eigenanteil> tabelle = _get(Grid.class, s -> s.withId("eigenanteile"));
        int vorher = _size(tabelle);

        _click(_get(Button.class, s -> s.withId("eigenanteil-anlegen")));
        _get(IntegerField.class, s -> s.withId("eigenanteil-jahr")).setValue(2020);
        _get(TextField.class, s -> s.withId("eigenanteil-quelle")).setValue("Integrationspauschale");
        BigDecimalField betrag = _get(BigDecimalField.class, s -> s.withId("eigenanteil-betrag"));
        betrag.setValue(new BigDecimal("-5"));
        _click(_get(Button.class, s -> s.withId("eigenanteil-speichern")));
        assertThat(betrag.isInvalid()).isTrue();
        assertThat(betrag.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        _get(Dialog.class);

        betrag.setValue(new BigDecimal("13500"));
        _click(_get(Button.class, s -> s.withId("eigenanteil-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(tabelle)).isEqualTo(vorher + 1);
        int zeile = IntStream.range(0, _size(tabelle))
                .filter(i -> _getFormatted(tabelle, i, "quelle").equals("Integrationspauschale")).findFirst().orElseThrow();
        assertThat(_getFormatted(tabelle, zeile, "betrag")).isEqualTo("13.500,00 €");
        assertThat(_getFormatted(tabelle, zeile, "jahr")).isEqualTo("2020");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stelleMitEinerVollzeitstelle() {
        anmelden(ki);
        oeffnen("konfiguration/stellen");
        Grid<Stellenbesetzung> tabelle = _get(Grid.class, s -> s.withId("stellen"));
        int vorher = _size(tabelle);
        _click(_get(Button.class, s -> s.withId("stelle-anlegen")));
        _get(TextField.class, s -> s.withId("stelle-bezeichnung")).setValue("Coaching UI-Test");
        _get(TextField.class, s -> s.withId("stelle-inhaber")).setValue("N. N.");
        _get(BigDecimalField.class, s -> s.withId("stelle-vzae")).setValue(new BigDecimal("1.0"));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("stelle-beginn"))
                .setValue(LocalDate.of(2020, 5, 1));
        _click(_get(Button.class, s -> s.withId("stelle-speichern")));
        _assertNone(Dialog.class);
        assertThat(_size(tabelle)).isEqualTo(vorher + 1);
        int zeile = IntStream.range(0, _size(tabelle))
                .filter(i -> _getFormatted(tabelle, i, "bezeichnung").equals("Coaching UI-Test")).findFirst().orElseThrow();
        assertThat(_getFormatted(tabelle, zeile, "vzae")).isEqualTo("1");
        assertThat(_getFormatted(tabelle, zeile, "beginn")).isEqualTo("01.05.2020");
    }
}
