package de.teilhabe.plugin.api.zielgruppe;

/** Statutory benefits (Sozialgesetzbuch) a person currently receives, with their own case management. */
public enum Rechtskreis {
    SGB_II("SGB II – Grundsicherung für Arbeitsuchende (Jobcenter)"),
    SGB_III("SGB III – Arbeitsförderung (Agentur für Arbeit)"),
    SGB_VIII("SGB VIII – Kinder- und Jugendhilfe (Jugendamt)"),
    SGB_XII("SGB XII – Sozialhilfe (Sozialamt)");

    private final String bezeichnung;

    Rechtskreis(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
