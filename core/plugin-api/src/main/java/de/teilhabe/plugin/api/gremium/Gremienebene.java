package de.teilhabe.plugin.api.gremium;

/** Level of a body in a program's steering structure, from top to bottom. */
public enum Gremienebene {
    /** Decides (e.g. Lenkungsgruppe, Bündniskerngruppe). */
    STEUERUNG("Steuerungsebene"),
    /** Coordinating offices exchanging regularly (e.g. the Baustein-1 posts in KIM). */
    KOORDINATION("Koordinierungsebene"),
    /** Prepares decisions on procedures and structures. */
    STRUKTUR("Strukturebene"),
    /** Works on cases and needs of the target group. */
    FALL("Fallebene"),
    /** Working group without a more specific level. */
    ARBEIT("Arbeitsebene");

    private final String bezeichnung;

    Gremienebene(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
