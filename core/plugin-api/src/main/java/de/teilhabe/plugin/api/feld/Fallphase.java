package de.teilhabe.plugin.api.feld;

/** Step of a case in which a case field is shown and validated. */
public enum Fallphase {
    /** Intake (Aufnahme): consents, clearances, first data. */
    AUFNAHME("Aufnahme"),
    /** Ongoing work with the person. */
    BETREUUNG("Betreuung"),
    /** De-registration (Abmeldung). */
    ABMELDUNG("Abmeldung"),
    /** Not a case field: a per-Kreis program setting. */
    EINSTELLUNG("Programmeinstellung");

    private final String bezeichnung;

    Fallphase(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
