package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.api.feld.UngueltigeEingabeException;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.api.stellen.Stellenergebnis;
import de.teilhabe.plugin.api.stellen.Stellenschluessel;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.gemeinsamklappts.stellen.TeilhabemanagerStellen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Teilhabemanager posts: 1 per 100 tolerated persons aged 18–27, steps of 0.5 (seeds 000, 001, 002). */
class StellenTest {

    private static Pruefstand p;
    private static Stellenschluessel formel;

    @BeforeAll
    static void laden() {
        p = Pruefstand.ausKlassenpfad(GemeinsamKlapptsPlugin.class);
        formel = p.stellenschluessel(TeilhabemanagerStellen.ID);
    }

    @AfterAll
    static void schliessen() {
        p.close();
    }

    private static Stellenergebnis berechne(Map<String, Integer> jeKommune) {
        return formel.berechne(Stelleneingabe.leer().mitJeKommune(TeilhabemanagerStellen.GEDULDETE, jeKommune));
    }

    @Test
    void rheine45GeduldeteErgebenEineHalbeStelle() {
        // seed 002: 45 Duldung (plus 46 Gestattung, which do not count) → 0.5 posts applied for and granted
        assertThat(berechne(Map.of("Rheine", 45)).stellen()).isEqualByComparingTo("0.5");
    }

    @Test
    void rheinKreisNeuss308GeduldeteErgebenDreiStellen() {
        // seed 000: Geduldete per Kommune, ABH reports September 2019, sum 308 → three THM posts
        Map<String, Integer> rkn = new LinkedHashMap<>();
        rkn.put("Dormagen", 47);
        rkn.put("Grevenbroich", 63);
        rkn.put("Jüchen", 17);
        rkn.put("Kaarst", 36);
        rkn.put("Korschenbroich", 34);
        rkn.put("Meerbusch", 41);
        rkn.put("Neuss", 59);
        rkn.put("Rommerskirchen", 11);

        Stellenergebnis e = berechne(rkn);

        assertThat(e.stellen()).isEqualByComparingTo("3.0");
        assertThat(e.jeKommune()).isEmpty();
        assertThat(e.rechenweg()).contains("Dormagen: 47 Geduldete (18–27)", "Summe: 308 Geduldete",
                "308 ÷ 100 = 3,08 Stellen", "gerundet auf halbe Stellen: 3,0 Stellen");
    }

    @ParameterizedTest(name = "{0} Geduldete → {1} Stellen")
    @CsvSource({"0, 0.0", "1, 0.5", "24, 0.5", "25, 0.5", "45, 0.5", "74, 0.5", "75, 1.0", "100, 1.0", "124, 1.0",
            "125, 1.5", "150, 1.5", "174, 1.5", "175, 2.0", "308, 3.0", "324, 3.0", "325, 3.5"})
    void rundungAufHalbeStellen(int geduldete, String stellen) {
        assertThat(TeilhabemanagerStellen.stellenFuer(BigDecimal.valueOf(geduldete))).isEqualByComparingTo(stellen);
        assertThat(berechne(Map.of("Kommune", geduldete)).stellen()).isEqualByComparingTo(stellen);
    }

    @Test
    void negativeOderBruchteiligeAnzahlenWerdenMitKlarerMeldungAbgelehnt() {
        Stelleneingabe negativ = Stelleneingabe.leer().mitJeKommune(TeilhabemanagerStellen.GEDULDETE, Map.of("Jüchen", -17));

        assertThat(formel.pruefe(negativ)).extracting(Validierungsfehler::meldung).containsExactly(
                "„Geduldete im Alter von 18 bis 27 Jahren“ für „Jüchen“ darf nicht negativ sein (eingegeben: -17).");
        assertThatThrownBy(() -> formel.berechne(negativ)).isInstanceOf(UngueltigeEingabeException.class);
        assertThatThrownBy(() -> formel.berechne(Stelleneingabe.leer())).isInstanceOf(UngueltigeEingabeException.class)
                .hasMessageContaining("Werte je Kommune fehlen");
    }

    @Test
    void rundungsregelIstDokumentiert() {
        assertThat(formel.rundungsregel()).contains("45 → 0,5", "308 → 3,0", "halbe Stelle");
        assertThat(formel.baustein()).contains(6);
    }
}
