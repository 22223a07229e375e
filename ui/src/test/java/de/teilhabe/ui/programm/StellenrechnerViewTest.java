package de.teilhabe.ui.programm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.programm.ProgrammUebersicht;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.stelle.Schluessel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class StellenrechnerViewTest extends ProgrammOhneBrowser {
    /** Tolerated people aged 18–27 per Kommune of the Rhein-Kreis Neuss (seeds 000/001): 308 in all. */
    private static final Map<String, Integer> RKN = new LinkedHashMap<>();

    static {
        RKN.put("Dormagen", 47);
        RKN.put("Grevenbroich", 63);
        RKN.put("Jüchen", 17);
        RKN.put("Kaarst", 36);
        RKN.put("Korschenbroich", 34);
        RKN.put("Meerbusch", 41);
        RKN.put("Neuss", 59);
        RKN.put("Rommerskirchen", 11);
    }

    private static Nutzer admin;

    @BeforeAll
    static void kreis() {
        admin = Programmumgebung.kreisMit(kontext, "srui", "gemeinsam-klappts", "kim");
    }

    @AfterAll
    static void aufraeumen() {
        entfernen(admin.kreisSlug());
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void gemeinsamKlapptsGewaehlt() {
        anmelden(admin);
        oeffnen("stellenrechner");
        Select<ProgrammUebersicht> programm = _get(Select.class, s -> s.withId("sr-programm"));
        programm.setValue(programm.getListDataView().getItems().filter(p -> p.id().equals("gemeinsam-klappts"))
                .findFirst().orElseThrow());
        Select<Schluessel> schluessel = _get(Select.class, s -> s.withId("sr-schluessel"));
        assertThat(schluessel.getValue().id()).isEqualTo("gemeinsam-klappts.thm-stellen");
    }

    private static IntegerField feld(String kommune) {
        return _get(IntegerField.class, s -> s.withLabel(kommune));
    }

    private static void eingeben(Map<String, Integer> werte) {
        werte.forEach((k, v) -> feld(k).setValue(v));
    }

    @Test
    void rknMit308GeduldetenErgibtDreiStellen() {
        assertThat(_find(IntegerField.class)).hasSize(8);
        eingeben(RKN);
        _click(_get(Button.class, s -> s.withId("sr-berechnen")));
        assertThat(_get(Span.class, s -> s.withId("sr-stellen")).getText()).isEqualTo("3,0");
        String ergebnis = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("sr-ergebnis"))
                .getElement().getTextRecursively();
        assertThat(ergebnis).contains("Dormagen").contains("308").contains("Rechenweg").contains("Rundungsregel")
                .contains("308 → 3,0");
        Button drucken = _get(Button.class, s -> s.withId("sr-drucken"));
        assertThat(drucken.isEnabled()).isTrue();
        _click(drucken);
    }

    @Test
    void negativeZahlBekommtDieMeldungAmFeld() {
        Map<String, Integer> werte = new LinkedHashMap<>(RKN);
        werte.put("Jüchen", -17);
        eingeben(werte);
        _click(_get(Button.class, s -> s.withId("sr-berechnen")));
        assertThat(feld("Jüchen").isInvalid()).isTrue();
        assertThat(feld("Jüchen").getErrorMessage()).isEqualTo("Der Wert darf nicht negativ sein (eingegeben: -17).");
        assertThat(feld("Neuss").isInvalid()).isFalse();
        _assertNone(Span.class, s -> s.withId("sr-stellen"));
        assertThat(_get(Button.class, s -> s.withId("sr-drucken")).isEnabled()).isFalse();
    }

    @Test
    void leeresFeldIstPflicht() {
        Map<String, Integer> werte = new LinkedHashMap<>(RKN);
        werte.remove("Kaarst");
        eingeben(werte);
        _click(_get(Button.class, s -> s.withId("sr-berechnen")));
        assertThat(feld("Kaarst").isInvalid()).isTrue();
        assertThat(feld("Kaarst").getErrorMessage()).isEqualTo("Bitte ausfüllen.");
    }
}
