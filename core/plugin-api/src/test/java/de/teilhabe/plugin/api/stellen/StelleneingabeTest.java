package de.teilhabe.plugin.api.stellen;

import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StelleneingabeTest {

    private static final List<Eingabegroesse> GROESSEN = List.of(
            Eingabegroesse.anzahlJeKommune("personen", "Personen", ""),
            Eingabegroesse.wert("stellen", "Bewilligte Stellen", ""));

    @Test
    void gueltigeEingabeHatKeineFehlerUndBehaeltDieReihenfolge() {
        Map<String, Integer> werte = new LinkedHashMap<>();
        werte.put("Neuss", 10);
        werte.put("Dormagen", 5);
        Stelleneingabe e = Stelleneingabe.leer().mitJeKommune("personen", werte).mit("stellen", new BigDecimal("7"));

        assertThat(e.pruefeGegen(GROESSEN)).isEmpty();
        assertThat(e.werteJeKommune("personen").keySet()).containsExactly("Neuss", "Dormagen");
    }

    @Test
    void negativeBruchteiligeFehlendeUndUnbekannteEingabenGebenEinzelneFehler() {
        Stelleneingabe e = Stelleneingabe.leer()
                .mitJeKommune("personen", Map.of("Jüchen", -3))
                .mit("fremd", 1);

        List<Validierungsfehler> fehler = e.pruefeGegen(GROESSEN);

        assertThat(fehler).extracting(Validierungsfehler::code)
                .containsExactly("eingabe.negativ", "eingabe.fehlt", "eingabe.unbekannt");
        assertThat(fehler.get(0).meldung()).isEqualTo("„Personen“ für „Jüchen“ darf nicht negativ sein (eingegeben: -3).");
        assertThat(fehler.get(1).meldung()).isEqualTo("„Bewilligte Stellen“ fehlt.");

        Stelleneingabe bruch = Stelleneingabe.leer().mitJeKommune("personen", Map.of("Kaarst", new BigDecimal("2.5")))
                .mit("stellen", 1);
        assertThat(bruch.pruefeGegen(GROESSEN)).extracting(Validierungsfehler::code).containsExactly("eingabe.ganzzahl");
        assertThatThrownBy(() -> bruch.pruefeOderWirf(GROESSEN)).isInstanceOf(UngueltigeEingabeException.class)
                .hasMessageContaining("muss eine ganze Zahl sein");
    }

    @Test
    void ergebnisMussAufDieGesamtzahlAufgehen() {
        assertThatThrownBy(() -> new Stellenergebnis(new BigDecimal("7"),
                List.of(new Stellenanteil("A", BigDecimal.ONE, new BigDecimal("6.99"))), List.of()))
                .hasMessageContaining("weicht von der Gesamtzahl 7 ab");
    }
}
