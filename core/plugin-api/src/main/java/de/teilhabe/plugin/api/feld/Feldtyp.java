package de.teilhabe.plugin.api.feld;

/**
 * Type of a declared field. Values travel as strings; this is the accepted form of each type.
 */
public enum Feldtyp {
    /** Free text. */
    TEXT("Text"),
    /** Whole number, e.g. {@code 12} or {@code -3}. */
    GANZZAHL("Ganzzahl"),
    /** Decimal number with point or comma, e.g. {@code 0.5} or {@code 0,5}. */
    DEZIMAL("Dezimalzahl"),
    /** Date as ISO-8601 ({@code 2021-03-31}) or German ({@code 31.03.2021}). */
    DATUM("Datum"),
    /** Yes/no: {@code true}/{@code false} or {@code ja}/{@code nein}. */
    JA_NEIN("Ja/Nein"),
    /** One of the field's {@link Felddefinition#auswahlwerte()}. */
    AUSWAHL("Auswahl");

    private final String bezeichnung;

    Feldtyp(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
