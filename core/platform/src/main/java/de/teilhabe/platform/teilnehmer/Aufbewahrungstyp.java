package de.teilhabe.platform.teilnehmer;

/**
 * The record types with a retention period of their own, counted in years after the case ended (the
 * de-registration); consents count from their withdrawal if that came first.
 */
public enum Aufbewahrungstyp {

    /** Master data with residence history and program participations (names, birth date, free texts). */
    TEILNEHMER(3),
    /** Consents: the link to the person. */
    EINWILLIGUNG(3),
    /** Assignments to Maßnahmen: the drop-out reason. */
    ZUWEISUNG(5),
    /**
     * Assignments to Maßnahmen whose Baustein is covered by a Zuwendungsbescheid; while this period runs the
     * person's master data are kept too, and erasure on request is refused.
     */
    ZUWEISUNG_GEFOERDERT(10);

    private final int standardJahre;

    Aufbewahrungstyp(int standardJahre) {
        this.standardJahre = standardJahre;
    }

    /** The default of migration {@code V37}, used when a Kreis has no row for the type. */
    public int standardJahre() {
        return standardJahre;
    }
}
