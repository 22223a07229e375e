package de.teilhabe.platform.bericht;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Small-count protection for committee readers. Primary suppression: every count from 1 to
 * {@code teilhabe.berichte.mindestanzahl} − 1 (default 3, so 1 and 2), in a detail row (a Kommune, a Baustein with
 * its provider) and in the sum row alike — a sum of 2 tells as much about two people as a cell does.
 * Secondary suppression: the tables are additive — the status columns add up to the total, de-registered and
 * active add up to the total, the detail rows add up to the sum row — and an equation with exactly one hidden
 * cell gives that cell away, so each such equation gets a second hidden cell: the smallest non-zero visible
 * part (the smallest part at all if every part is zero; the equation's total only if no part is visible), repeated
 * until no equation has exactly one hidden cell. A sum of 3 or more is therefore shown unless it would reveal a
 * hidden cell. Zeros are shown: a cell with nobody in it says nothing about a person.
 */
@Singleton
class Schwelle {

    private final int mindestanzahl;

    Schwelle(@Value("${teilhabe.berichte.mindestanzahl:3}") int mindestanzahl) {
        this.mindestanzahl = mindestanzahl;
    }

    int mindestanzahl() {
        return mindestanzahl;
    }

    boolean klein(int wert) {
        return wert > 0 && wert < mindestanzahl;
    }

    /**
     * The hidden cells of a table whose last row is the sum of the others.
     *
     * @param werte     rows × columns, the sum row last
     * @param gleichungen per row: column groups whose last column is the sum of the others
     */
    boolean[][] verbergen(int[][] werte, List<int[]> gleichungen) {
        int zeilen = werte.length;
        int spalten = werte[0].length;
        boolean[][] verborgen = new boolean[zeilen][spalten];
        for (int z = 0; z < zeilen; z++) {
            for (int s = 0; s < spalten; s++) {
                verborgen[z][s] = klein(werte[z][s]);
            }
        }
        List<int[][]> alle = new ArrayList<>(); // each: the parts' cells, then the total's cell
        for (int z = 0; z < zeilen; z++) {
            for (int[] g : gleichungen) {
                int[][] zellen = new int[g.length][];
                for (int i = 0; i < g.length; i++) {
                    zellen[i] = new int[] {z, g[i]};
                }
                alle.add(zellen);
            }
        }
        for (int s = 0; s < spalten; s++) {
            int[][] zellen = new int[zeilen][];
            for (int z = 0; z < zeilen; z++) {
                zellen[z] = new int[] {z, s};
            }
            alle.add(zellen);
        }
        boolean geaendert = true;
        while (geaendert) {
            geaendert = false;
            for (int[][] gleichung : alle) {
                int versteckt = 0;
                for (int[] c : gleichung) {
                    versteckt += verborgen[c[0]][c[1]] ? 1 : 0;
                }
                if (versteckt == 1) {
                    int[] wahl = zweiteZelle(gleichung, werte, verborgen);
                    if (wahl != null) {
                        verborgen[wahl[0]][wahl[1]] = true;
                        geaendert = true;
                    }
                }
            }
        }
        return verborgen;
    }

    private static int[] zweiteZelle(int[][] gleichung, int[][] werte, boolean[][] verborgen) {
        int[] nichtNull = null;
        int[] irgendein = null;
        for (int i = 0; i < gleichung.length - 1; i++) {
            int[] c = gleichung[i];
            if (verborgen[c[0]][c[1]]) {
                continue;
            }
            int w = werte[c[0]][c[1]];
            if (w > 0 && (nichtNull == null || w < werte[nichtNull[0]][nichtNull[1]])) {
                nichtNull = c;
            }
            if (irgendein == null || w < werte[irgendein[0]][irgendein[1]]) {
                irgendein = c;
            }
        }
        if (nichtNull != null) {
            return nichtNull;
        }
        if (irgendein != null) {
            return irgendein;
        }
        int[] summe = gleichung[gleichung.length - 1];
        return verborgen[summe[0]][summe[1]] ? null : summe;
    }

    /** The row's values with the hidden ones as {@code null}. */
    static Integer[] anwenden(int[] werte, boolean[] verborgen) {
        Integer[] aus = new Integer[werte.length];
        for (int i = 0; i < werte.length; i++) {
            aus[i] = verborgen[i] ? null : werte[i];
        }
        return aus;
    }
}
