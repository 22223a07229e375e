package de.teilhabe.plugin.api.baustein;

/** Who may apply for a Förderbaustein. */
public enum Antragsteller {
    /** The Kreis (usually through its Kommunales Integrationszentrum as geschäftsführende Stelle). */
    KREIS("Kreis"),
    /** A kreisangehörige Kommune (town or municipality of the Kreis). */
    KOMMUNE("kreisangehörige Kommune");

    private final String bezeichnung;

    Antragsteller(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
