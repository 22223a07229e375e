package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.bericht.Zaehlwert;
import de.teilhabe.plugin.api.bericht.Zeile;
import de.teilhabe.plugin.api.feld.Feldwerte;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.gemeinsamklappts.bericht.AufnahmestandBericht;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RKN „Aktueller Aufnahme-Stand 31.03.2021“ (seed 000). The seed gives the 19 de-registrations only as a
 * total; their split over the Kommunen below is invented for the test.
 */
class AufnahmestandBerichtTest {

    private static final List<String> KOMMUNEN = List.of("Dormagen", "Grevenbroich", "Jüchen", "Kaarst",
            "Korschenbroich", "Meerbusch", "Neuss", "Rommerskirchen");
    // Duldung, Gestattung, Aufenthaltstitel per Kommune as in seed 000
    private static final long[][] AUFNAHMEN = {{14, 21, 0}, {26, 14, 0}, {7, 7, 1}, {15, 2, 0}, {26, 9, 0},
            {19, 15, 1}, {4, 5, 0}, {11, 7, 0}};
    private static final long[] ABMELDUNGEN_ERFUNDEN = {3, 4, 1, 2, 3, 3, 1, 2};

    private static Berichtseingabe eingabe() {
        List<Zaehlwert> werte = new ArrayList<>();
        String[] status = {"DULDUNG", "GESTATTUNG", "AUFENTHALTSTITEL"};
        for (int k = 0; k < KOMMUNEN.size(); k++) {
            for (int s = 0; s < 3; s++) {
                if (AUFNAHMEN[k][s] > 0) {
                    werte.add(new Zaehlwert(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.KOMMUNE, KOMMUNEN.get(k),
                            Kennzahl.AUFENTHALTSSTATUS, status[s], Kennzahl.AUSNAHME, s == 2 ? "ja" : "nein"),
                            AUFNAHMEN[k][s]));
                }
            }
            werte.add(new Zaehlwert(Kennzahl.ABGEMELDET, Map.of(Kennzahl.KOMMUNE, KOMMUNEN.get(k)), ABMELDUNGEN_ERFUNDEN[k]));
        }
        return new Berichtseingabe(LocalDate.of(2021, 3, 31), KOMMUNEN, werte, Feldwerte.KEINE);
    }

    @Test
    void tabelleWieImAusschussberichtMitSummenzeile() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(GemeinsamKlapptsPlugin.class)) {
            Berichtstabelle t = p.berichtsbeitrag(AufnahmestandBericht.ID).erstelle(eingabe());

            assertThat(t.titel()).isEqualTo("Aufnahme-Stand 31.03.2021");
            assertThat(t.spalten()).extracting(s -> s.ueberschrift()).containsExactly("Kommune", "Anzahl Geduldeter",
                    "Anzahl Gestatteter", "Aufenthaltstitel", "gesamt", "abgemeldet", "aktiv");
            assertThat(t.zeilen()).hasSize(9);
            assertThat(t.zeilen().get(2).zellen()).containsExactly("Jüchen", 7L, 7L, 1L, 15L, 1L, 14L);
            Zeile summe = t.zeilen().get(8);
            assertThat(summe.summenzeile()).isTrue();
            assertThat(summe.zellen()).containsExactly("Summe", 122L, 80L, 2L, 204L, 19L, 185L);
            assertThat(t.fussnoten()).contains(
                    "Davon 2 als dokumentierte Ausnahme aufgenommen (Begründung in der Falldokumentation).");
        }
    }
}
