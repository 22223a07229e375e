package de.teilhabe.plugin.api.gremium;

/** Role of a member in a body. */
public enum Gremienrolle {
    VORSITZ("Vorsitz"),
    GESCHAEFTSFUEHRUNG("Geschäftsführung"),
    MITGLIED("Mitglied"),
    VERTRETUNG("Vertretung");

    private final String bezeichnung;

    Gremienrolle(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
