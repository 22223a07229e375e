package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.traeger.Traeger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Förderbausteine, Maßnahmeträger and Programmübersicht on the RKN demo of seed 000. */
class KonfigurationViewsTest extends MitProgrammen {
    private static String slug;
    private static Nutzer ki;

    @BeforeAll
    static void kreis() {
        slug = TestKreise.slug("ui-konf");
        ki = rknMitMassnahmen(slug);
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(slug);
    }

    @Test
    @SuppressWarnings("unchecked")
    void bausteineMitGeldUndProzentUndFeldfehlerBeiAnteilUeber100() {
        anmelden(ki);
        oeffnen("konfiguration/bausteine");
        Grid<Baustein> tabelle = _get(Grid.class, s -> s.withId("bausteine"));
        assertThat(_size(tabelle)).isEqualTo(4);
        assertThat(_getFormatted(tabelle, 0, "nummer")).isEqualTo("FB 1");
        assertThat(_getFormatted(tabelle, 0, "budget")).isEqualTo("0,00 €");
        assertThat(_getFormatted(tabelle, 0, "zeitraum")).matches("\\d\\d\\.\\d\\d\\.\\d{4} – \\d\\d\\.\\d\\d\\.\\d{4}");
        com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem(tabelle, 0);
        BigDecimalField anteil = _get(BigDecimalField.class, s -> s.withId("baustein-anteil"));
        anteil.setValue(new BigDecimal("150"));
        _get(BigDecimalField.class, s -> s.withId("baustein-budget")).setValue(new BigDecimal("1170000"));
        _click(_get(Button.class, s -> s.withId("baustein-speichern")));
        assertThat(anteil.isInvalid()).isTrue();
        assertThat(anteil.getErrorMessage()).isNotBlank().doesNotStartWith("!");
        anteil.setValue(new BigDecimal("75"));
        _click(_get(Button.class, s -> s.withId("baustein-speichern")));
        _assertNone(Dialog.class);
        assertThat(_getFormatted(tabelle, 0, "budget")).isEqualTo("1.170.000,00 €");
        assertThat(_getFormatted(tabelle, 0, "anteil")).isEqualTo("75 %");
    }

    @Test
    @SuppressWarnings("unchecked")
    void neuerBausteinAusDemKatalogMitVorschlag() {
        anmelden(ki);
        oeffnen("konfiguration/bausteine");
        _click(_get(Button.class, s -> s.withId("baustein-anlegen")));
        Select<de.teilhabe.plugin.api.baustein.Foerderbaustein> katalog = _get(Select.class, s -> s.withId("baustein-katalog"));
        katalog.setValue(katalog.getListDataView().getItems().filter(f -> f.nummer() == 5).findFirst().orElseThrow());
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("baustein-beginn")).getValue()).isNotNull();
        assertThat(_get(BigDecimalField.class, s -> s.withId("baustein-anteil")).getValue()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void traegerMitKommunenUndPflichtname() {
        anmelden(ki);
        oeffnen("konfiguration/traeger");
        Grid<Traeger> tabelle = _get(Grid.class, s -> s.withId("traeger"));
        assertThat(_size(tabelle)).isEqualTo(7);
        int tzg = tabelle.getListDataView().getItems().map(t -> t.stamm().kurzname()).toList().indexOf("TZG");
        assertThat(_getFormatted(tabelle, tzg, "kommunen")).isEqualTo("Jüchen, Korschenbroich, Meerbusch, Rommerskirchen");
        _click(_get(Button.class, s -> s.withId("traeger-anlegen")));
        _click(_get(Button.class, s -> s.withId("traeger-speichern")));
        TextField name = _get(TextField.class, s -> s.withId("traeger-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        _get(Dialog.class);
    }

    @Test
    void programmuebersichtZaehltMassnahmenNachStatus() {
        anmelden(ki);
        oeffnen("konfiguration/uebersicht");
        assertThat(_get(Span.class, s -> s.withId("status-abgesagt")).getText()).isEqualTo("abgesagt: 2");
        assertThat(_get(Span.class, s -> s.withId("status-laufend")).getText()).isEqualTo("laufend: 1");
        _get(Grid.class, s -> s.withId("uebersicht-bausteine"));
        _get(Balken.class, s -> s.withId("balken-zugesagt"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void gremiumSiehtMassnahmenOhneBearbeiten() {
        Nutzer gremium = new Nutzer(ki.id(), slug + ".gremium", "Gremium", slug, ki.kreisName(), Set.of(Rolle.GREMIUM_LESERECHT));
        anmelden(gremium);
        oeffnen("konfiguration/massnahmen");
        assertThat(_size(_get(Grid.class, s -> s.withId("massnahmen")))).isEqualTo(24);
        _assertNone(Button.class, s -> s.withId("massnahme-anlegen"));
    }
}
