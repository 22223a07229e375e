package de.teilhabe.plugin.api.bericht;

import java.util.List;
import java.util.Objects;

/**
 * A table-shaped report part, as printed in council papers; the host exports it to XLSX, CSV and PDF.
 *
 * @param titel     German title, e.g. „Aufnahme-Stand je Kommune“
 * @param spalten   columns
 * @param zeilen    rows; every row has one cell per column, typed as the column says
 * @param fussnoten German footnotes (may be empty)
 */
public record Berichtstabelle(String titel, List<Spalte> spalten, List<Zeile> zeilen, List<String> fussnoten) {

    public Berichtstabelle {
        Objects.requireNonNull(titel, "titel");
        spalten = List.copyOf(spalten);
        zeilen = List.copyOf(zeilen);
        fussnoten = List.copyOf(fussnoten);
        for (int z = 0; z < zeilen.size(); z++) {
            List<Object> zellen = zeilen.get(z).zellen();
            if (zellen.size() != spalten.size()) {
                throw new IllegalArgumentException("Zeile " + (z + 1) + " hat " + zellen.size() + " Zellen, erwartet "
                        + spalten.size());
            }
            for (int s = 0; s < zellen.size(); s++) {
                Object zelle = zellen.get(s);
                Class<?> typ = spalten.get(s).typ().zellentyp();
                if (zelle != null && !typ.isInstance(zelle)) {
                    throw new IllegalArgumentException("Zeile " + (z + 1) + ", Spalte „" + spalten.get(s).ueberschrift()
                            + "“: " + zelle.getClass().getSimpleName() + " statt " + typ.getSimpleName());
                }
            }
        }
    }

    /** The value of a cell (0-based row and column). */
    public Object zelle(int zeile, int spalte) {
        return zeilen.get(zeile).zellen().get(spalte);
    }
}
