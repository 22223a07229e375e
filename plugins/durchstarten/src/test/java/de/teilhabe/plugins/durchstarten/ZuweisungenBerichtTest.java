package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.bericht.Zaehlwert;
import de.teilhabe.plugin.api.feld.Feldwerte;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.durchstarten.bericht.ZuweisungenBericht;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** RKN assignments up to 31.03.2021 (seed 000): 109 assigned, drop-outs per provider. */
class ZuweisungenBerichtTest {

    private static void zuweisung(List<Zaehlwert> w, String traeger, int baustein, long zugewiesen, long abbruch) {
        Map<String, String> dim = Map.of(Kennzahl.TRAEGER, traeger, Kennzahl.BAUSTEIN, String.valueOf(baustein));
        w.add(new Zaehlwert(Kennzahl.ZUGEWIESEN, dim, zugewiesen));
        w.add(new Zaehlwert(Kennzahl.ABGEBROCHEN, dim, abbruch));
    }

    @Test
    void tabelleJeTraegerUndBausteinMitSumme109() {
        List<Zaehlwert> w = new ArrayList<>();
        zuweisung(w, "VHS Grevenbroich", 3, 14, 2);
        zuweisung(w, "AWO Berufshilfe", 1, 16, 0);
        zuweisung(w, "Caritas Sozialdienste", 1, 19, 2);
        zuweisung(w, "KJA", 1, 12, 2);
        zuweisung(w, "TZG", 1, 42, 5);
        zuweisung(w, "KJA", 2, 6, 0);

        try (Pruefstand p = Pruefstand.ausKlassenpfad(DurchstartenPlugin.class)) {
            Berichtstabelle t = p.berichtsbeitrag(ZuweisungenBericht.ID).erstelle(
                    new Berichtseingabe(LocalDate.of(2021, 3, 31), List.of(), w, Feldwerte.KEINE));

            assertThat(t.zeilen()).extracting(z -> z.zellen()).containsExactly(
                    List.of("AWO Berufshilfe", "FB 1", 16L, 0L),
                    List.of("Caritas Sozialdienste", "FB 1", 19L, 2L),
                    List.of("KJA", "FB 1", 12L, 2L),
                    List.of("TZG", "FB 1", 42L, 5L),
                    List.of("KJA", "FB 2", 6L, 0L),
                    List.of("VHS Grevenbroich", "FB 3", 14L, 2L),
                    java.util.Arrays.asList("Summe", null, 109L, 11L));
            assertThat(t.zeilen().get(6).summenzeile()).isTrue();
        }
    }
}
