package de.teilhabe.plugin.api.zielgruppe;

/** Residence status of a person (the host records it as given by the Ausländerbehörde). */
public enum Aufenthaltsstatus {
    /** Aufenthaltsgestattung (asylum procedure pending). */
    GESTATTUNG("Aufenthaltsgestattung"),
    /** Duldung (suspension of deportation). */
    DULDUNG("Duldung"),
    /** Any Aufenthaltstitel (Aufenthaltserlaubnis, Niederlassungserlaubnis, …). */
    AUFENTHALTSTITEL("Aufenthaltstitel"),
    /** EU/EEA freedom of movement. */
    EU_FREIZUEGIGKEIT("Freizügigkeit (EU/EWR)"),
    /** German citizen (e.g. after naturalisation). */
    DEUTSCH("deutsche Staatsangehörigkeit"),
    /** Any other status, e.g. a Grenzübertrittsbescheinigung. */
    SONSTIGER("sonstiger Status");

    private final String bezeichnung;

    Aufenthaltsstatus(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
