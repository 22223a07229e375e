package de.teilhabe.plugin.api.gremium;

/** How many seats a role template stands for. */
public enum Besetzung {
    /** One seat. */
    EINZELN("ein Sitz"),
    /** One seat per kreisangehörige Kommune (the host creates one slot per Kommune of the Kreis). */
    JE_KOMMUNE("je Kommune ein Sitz"),
    /** Seats chosen per topic/case by the coordinating office; the host creates no fixed slot. */
    NACH_THEMA("fall- und themenspezifisch");

    private final String bezeichnung;

    Besetzung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
