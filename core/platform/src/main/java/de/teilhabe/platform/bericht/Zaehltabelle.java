package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dokument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of counts with a sum row, as the committee figures print it: one label per row, counts per column, and the
 * column groups that add up (parts, then their total) — so that {@link Schwelle} can suppress small counts for
 * committee readers without a sum giving them away.
 *
 * @param kopf        header of the label column, then of the count columns
 * @param zeilen      row labels
 * @param werte       counts, one row per label
 * @param gleichungen column groups whose last column is the sum of the others
 */
record Zaehltabelle(List<String> kopf, List<String> zeilen, int[][] werte, List<int[]> gleichungen) {

    /** The table with its sum row; for committee readers with small counts suppressed (shown as „·“). */
    Dokument.Tabelle tabelle(boolean geschuetzt, Schwelle schwelle) {
        int spalten = kopf.size() - 1;
        int[][] mitSumme = Arrays.copyOf(werte, werte.length + 1);
        int[] summe = new int[spalten];
        for (int[] zeile : werte) {
            for (int s = 0; s < spalten; s++) {
                summe[s] += zeile[s];
            }
        }
        mitSumme[werte.length] = summe;
        boolean[][] verborgen = geschuetzt ? schwelle.verbergen(mitSumme, gleichungen) : new boolean[mitSumme.length][spalten];
        List<List<Object>> ausgabe = new ArrayList<>();
        for (int z = 0; z < mitSumme.length; z++) {
            List<Object> zeile = new ArrayList<>();
            zeile.add(z < werte.length ? zeilen.get(z) : "Summe");
            Integer[] sichtbar = Schwelle.anwenden(mitSumme[z], verborgen[z]);
            for (Integer wert : sichtbar) {
                zeile.add(Berichtsdokumente.zelle(wert));
            }
            ausgabe.add(zeile);
        }
        return new Dokument.Tabelle(kopf, ausgabe);
    }
}
