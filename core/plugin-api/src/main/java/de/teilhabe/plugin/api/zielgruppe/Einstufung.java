package de.teilhabe.plugin.api.zielgruppe;

/** The outcome class of a target-group check. */
public enum Einstufung {
    /** In the primary target group. */
    PRIMAER("primäre Zielgruppe"),
    /** In the secondary target group (served after / besides the primary one). */
    SEKUNDAER("sekundäre Zielgruppe"),
    /** Not in the target group (possibly with a documented exception, see {@link Zielgruppenurteil#ausnahmeZulaessig()}). */
    NICHT_ZIELGRUPPE("nicht Zielgruppe"),
    /** Data is missing or implausible; the reasons say which. */
    NICHT_ENTSCHEIDBAR("nicht entscheidbar");

    private final String bezeichnung;

    Einstufung(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
