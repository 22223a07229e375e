package de.teilhabe.plugin.api.bericht;

import java.util.Objects;

/**
 * A report column.
 *
 * @param ueberschrift German heading
 * @param typ          cell type
 */
public record Spalte(String ueberschrift, Spaltentyp typ) {

    public Spalte {
        Objects.requireNonNull(ueberschrift, "ueberschrift");
        Objects.requireNonNull(typ, "typ");
    }

    public static Spalte text(String ueberschrift) {
        return new Spalte(ueberschrift, Spaltentyp.TEXT);
    }

    public static Spalte ganzzahl(String ueberschrift) {
        return new Spalte(ueberschrift, Spaltentyp.GANZZAHL);
    }
}
