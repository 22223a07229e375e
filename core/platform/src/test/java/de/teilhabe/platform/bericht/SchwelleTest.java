package de.teilhabe.platform.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small-count rule on its own, with rows of the RKN intake table of 31.03.2021 (seed 000). */
class SchwelleTest {

    private static final List<int[]> GLEICHUNGEN = List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 4});

    /** Jüchen (7 Duldung, 7 Gestattung, 1 Aufenthaltstitel, 1 de-registered), Dormagen, the sum of both. */
    private static final int[][] TABELLE = {
        {7, 7, 1, 0, 15, 1, 14, 1},
        {14, 21, 0, 0, 35, 3, 32, 0},
        {21, 28, 1, 0, 50, 4, 46, 1}};

    @Test
    void kleineZahlenUndIhreRekonstruktionWerdenVerborgen() {
        boolean[][] verborgen = new Schwelle(3).verbergen(TABELLE, GLEICHUNGEN);
        assertThat(verborgen[0][2]).as("1 Aufenthaltstitel in Jüchen").isTrue();
        assertThat(verborgen[0][5]).as("1 de-registered in Jüchen").isTrue();
        assertThat(verborgen[0][0]).as("else 15 − 7 − 0 gives the Aufenthaltstitel away").isTrue();
        assertThat(verborgen[0][6]).as("else 15 − 14 gives the de-registration away").isTrue();
        assertThat(verborgen[1][0] || verborgen[2][0])
                .as("else the column's 21 − 14 gives Jüchen's Duldung away").isTrue();
        assertThat(verborgen[0][4]).as("Jüchen's total stays").isFalse();
        assertThat(verborgen[2][2]).as("the Kreis's single Aufenthaltstitel in the sum row").isTrue();
        assertThat(verborgen[2][7]).as("the Kreis's single other case in the sum row").isTrue();
        assertThat(verborgen[2][4]).as("the Kreis total stays").isFalse();
        keineGleichungMitGenauEinerVerborgenenZelle(verborgen);
    }

    @Test
    void eineSummeUnterDerSchwelleWirdVerborgen() {
        int[][] zwei = {{1}, {1}, {0}, {2}};
        assertThat(new Schwelle(3).verbergen(zwei, List.of()))
                .isDeepEqualTo(new boolean[][] {{true}, {true}, {false}, {true}});
    }

    @Test
    void ohneKleineZahlenOderMitSchwelleEinsBleibtAllesSichtbar() {
        int[][] gross = {{14, 21, 0, 0, 35, 3, 32, 0}, {14, 21, 0, 0, 35, 3, 32, 0}};
        assertThat(Arrays.stream(new Schwelle(3).verbergen(gross, GLEICHUNGEN))).allSatisfy(z ->
                assertThat(z).containsOnly(false));
        assertThat(Arrays.stream(new Schwelle(1).verbergen(TABELLE, GLEICHUNGEN))).allSatisfy(z ->
                assertThat(z).containsOnly(false));
    }

    @Test
    void anwendenSetztVerborgeneZellenAufNull() {
        assertThat(Schwelle.anwenden(new int[] {7, 1, 0}, new boolean[] {false, true, false}))
                .containsExactly(7, null, 0);
    }

    private static void keineGleichungMitGenauEinerVerborgenenZelle(boolean[][] verborgen) {
        for (boolean[] zeile : verborgen) {
            for (int[] g : GLEICHUNGEN) {
                int n = 0;
                for (int s : g) {
                    n += zeile[s] ? 1 : 0;
                }
                assertThat(n).isNotEqualTo(1);
            }
        }
        for (int s = 0; s < TABELLE[0].length; s++) {
            int n = 0;
            for (boolean[] zeile : verborgen) {
                n += zeile[s] ? 1 : 0;
            }
            assertThat(n).as("column %d", s).isNotEqualTo(1);
        }
    }
}
