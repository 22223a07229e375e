package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.kim.stellen.AuslaenderbehoerdenStellen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Baustein 3 (seed 004, 3.7). */
class AuslaenderbehoerdenStellenTest {

    private static Stellenergebnis berechne(int abh, int ebh, int azr) {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(KimPlugin.class)) {
            return p.stellenschluessel(AuslaenderbehoerdenStellen.ID).berechne(Stelleneingabe.leer()
                    .mit(AuslaenderbehoerdenStellen.ABH, abh).mit(AuslaenderbehoerdenStellen.EBH, ebh)
                    .mit(AuslaenderbehoerdenStellen.AZR, azr));
        }
    }

    @Test
    void rheinKreisNeuss2021ZweiKommaFuenfundzwanzig() {
        // own ABH 0.75 + own Einbürgerungsbehörde 0.75 + one further 0.75 from AZR data = 2.25
        Stellenergebnis e = berechne(1, 1, 1);

        assertThat(e.stellen()).isEqualByComparingTo("2.25");
        assertThat(e.rechenweg()).containsExactly("Ausländerbehörde: 1 × 0,75 = 0,75",
                "Einbürgerungsbehörde: 1 × 0,75 = 0,75", "Zusätzlich aufgrund AZR-Daten: 1 × 0,75 = 0,75",
                "Summe: 2,25 Stellen");
    }

    @ParameterizedTest(name = "ABH {0}, EBH {1}, AZR {2} → {3}")
    @CsvSource({"1, 1, 0, 1.50", "1, 0, 0, 0.75", "0, 0, 0, 0.00", "1, 1, 2, 3.00"})
    void vielfacheVonDreiviertelStellen(int abh, int ebh, int azr, String stellen) {
        assertThat(berechne(abh, ebh, azr).stellen()).isEqualByComparingTo(stellen);
    }
}
