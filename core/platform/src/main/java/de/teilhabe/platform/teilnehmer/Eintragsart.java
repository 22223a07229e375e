package de.teilhabe.platform.teilnehmer;

/**
 * The kinds of dated entries of a person's history that can be corrected or struck (ADR 0002), with their table and
 * the segment of their REST path ({@code /api/teilnehmer/{pfad}/{id}/korrektur}).
 */
public enum Eintragsart {
    WOHNORT("wohnort", "wohnorte"),
    AUFENTHALT("aufenthalt", "aufenthalte"),
    MERKMAL("merkmal", "merkmale"),
    FREIGABE("freigabe", "freigaben"),
    TEILNAHME("programmteilnahme", "programmteilnahmen"),
    ZUWEISUNG("zuweisung", "zuweisungen");

    private final String tabelle;
    private final String pfad;

    Eintragsart(String tabelle, String pfad) {
        this.tabelle = tabelle;
        this.pfad = pfad;
    }

    String tabelle() {
        return tabelle;
    }

    public String pfad() {
        return pfad;
    }
}
