package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.stellen.Stellenanteil;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.kim.stellen.CaseManagementVerteilung;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Baustein 2: 7 case-management posts (RKN 2021, seed 004) distributed by AZR share. The seed does not give
 * the AZR counts per Kommune; the counts below are INVENTED but plausible for the eight RKN Kommunen (about
 * 58,000 foreigners in total, Neuss by far the largest). They are chosen so that rounding every Kommune on
 * its own would give 7.01 posts – the largest-remainder rule must still give exactly 7.00.
 */
class CaseManagementVerteilungTest {

    private static Pruefstand p;
    private static Stellenschluessel formel;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(KimPlugin.class);
        formel = p.stellenschluessel(CaseManagementVerteilung.ID);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    private static Map<String, Long> erfundeneAzrZahlenRkn() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("Dormagen", 7480L);
        m.put("Grevenbroich", 8214L);
        m.put("Jüchen", 2333L);
        m.put("Kaarst", 4115L);
        m.put("Korschenbroich", 2710L);
        m.put("Meerbusch", 5902L);
        m.put("Neuss", 26410L);
        m.put("Rommerskirchen", 1186L);
        return m;
    }

    private static Stellenergebnis verteile(String stellen, Map<String, Long> auslaender) {
        return formel.berechne(Stelleneingabe.leer().mit(CaseManagementVerteilung.STELLEN, new BigDecimal(stellen))
                .mitJeKommune(CaseManagementVerteilung.AUSLAENDER, auslaender));
    }

    @Test
    void siebenStellenGehenGenauAuf() {
        Stellenergebnis e = verteile("7", erfundeneAzrZahlenRkn());

        assertThat(e.stellen()).isEqualByComparingTo("7.00");
        assertThat(e.jeKommune()).extracting(Stellenanteil::kommune, a -> a.stellen().toPlainString()).containsExactly(
                tuple("Dormagen", "0.90"), tuple("Grevenbroich", "0.99"), tuple("Jüchen", "0.28"),
                tuple("Kaarst", "0.49"), tuple("Korschenbroich", "0.32"), tuple("Meerbusch", "0.71"),
                tuple("Neuss", "3.17"), tuple("Rommerskirchen", "0.14"));
        assertThat(e.jeKommune().stream().map(Stellenanteil::stellen).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("7.00");
    }

    @Test
    void einzelnGerundetWaerenEsSiebenKommaNullEins() {
        // the trap the largest-remainder rule avoids: Korschenbroich's 0.3251 would round up as well
        Map<String, Long> azr = erfundeneAzrZahlenRkn();
        long summe = azr.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal naiv = azr.values().stream()
                .map(n -> BigDecimal.valueOf(n * 7).divide(BigDecimal.valueOf(summe), 2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(naiv).isEqualByComparingTo("7.01");
        assertThat(verteile("7", azr).jeKommune()).filteredOn(a -> a.kommune().equals("Korschenbroich"))
                .singleElement().satisfies(a -> assertThat(a.stellen()).isEqualByComparingTo("0.32"));
    }

    @Test
    void rechenwegZeigtAnteilUndExaktenWert() {
        assertThat(verteile("7", erfundeneAzrZahlenRkn()).rechenweg()).contains(
                "Ausländische Personen im Kreis (AZR): 58350",
                "Neuss: 26410 ÷ 58350 = 45,26 %; × 7 = 3,1683 → 3,17 Stellen",
                "Summe: 7,00 Stellen");
    }

    @Test
    void jedeZufaelligeVerteilungGehtGenauAuf() {
        Random zufall = new Random(20210331);
        for (int lauf = 0; lauf < 500; lauf++) {
            Map<String, Long> azr = new LinkedHashMap<>();
            int kommunen = 1 + zufall.nextInt(24);
            for (int k = 0; k < kommunen; k++) {
                azr.put("Kommune " + k, (long) zufall.nextInt(30000));
            }
            azr.put("Kommune 0", azr.get("Kommune 0") + 1); // at least one foreigner
            String stellen = BigDecimal.valueOf(1 + zufall.nextInt(2000), 2).toPlainString();

            Stellenergebnis e = verteile(stellen, azr);

            assertThat(e.jeKommune().stream().map(Stellenanteil::stellen).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("Lauf %d: %s Stellen auf %s", lauf, stellen, azr).isEqualByComparingTo(stellen);
            assertThat(e.jeKommune()).allSatisfy(a -> assertThat(a.stellen().scale()).isEqualTo(2));
        }
    }

    @Test
    void ungueltigeEingabenGebenKlareFehler() {
        Map<String, Long> null8 = new LinkedHashMap<>();
        erfundeneAzrZahlenRkn().keySet().forEach(k -> null8.put(k, 0L));

        assertThatThrownBy(() -> verteile("7", null8)).isInstanceOf(UngueltigeEingabeException.class)
                .hasMessage("Die Summe der ausländischen Personen ist 0; es gibt keinen Verteilungsschlüssel.");
        assertThatThrownBy(() -> verteile("7.005", erfundeneAzrZahlenRkn()))
                .hasMessageContaining("höchstens mit zwei Nachkommastellen");
        Map<String, Long> negativ = new LinkedHashMap<>(erfundeneAzrZahlenRkn());
        negativ.put("Kaarst", -1L);
        assertThat(formel.pruefe(Stelleneingabe.leer().mit(CaseManagementVerteilung.STELLEN, 7)
                .mitJeKommune(CaseManagementVerteilung.AUSLAENDER, negativ)))
                .extracting(Validierungsfehler::code).containsExactly("eingabe.negativ");
    }
}
