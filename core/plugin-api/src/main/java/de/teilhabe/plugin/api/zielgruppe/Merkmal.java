package de.teilhabe.plugin.api.zielgruppe;

/**
 * Facts about a person that target-group rules look at. Absent means "not the case" (the host only sets a
 * flag when it is recorded). New constants may be added in minor API versions; rules must ignore unknown ones.
 */
public enum Merkmal {
    /** Still lives in a Landesaufnahmeeinrichtung (state reception facility). */
    IN_LANDESAUFNAHMEEINRICHTUNG("lebt noch in einer Landesaufnahmeeinrichtung"),
    /** Classified as Gefährder by the security authorities. */
    GEFAEHRDER("als Gefährder eingestuft"),
    /** Obliged to leave the country and convicted of serious offences. */
    AUSREISEPFLICHTIG_MIT_SCHWEREN_STRAFTATEN("ausreisepflichtig mit schweren Straftaten"),
    /** Currently served by the Landesinitiative „Gemeinsam klappt’s“ / „Durchstarten in Ausbildung und Arbeit“. */
    BETREUT_LANDESINITIATIVE("wird in der Landesinitiative „Gemeinsam klappt’s“/„Durchstarten“ betreut"),
    /** Currently served by a Jugendmigrationsdienst (JMD, ages 12–27). */
    BETREUT_JMD("wird vom Jugendmigrationsdienst betreut"),
    /** Currently served by the Migrationsberatung für erwachsene Zuwanderer (MBE). */
    BETREUT_MBE("wird von der Migrationsberatung für erwachsene Zuwanderer betreut"),
    /** Child of a person in a program's core target group. */
    KIND_EINER_ZIELPERSON("Kind einer Person der Kernzielgruppe"),
    /**
     * The Ausländerbehörde refused the clearance (Freigabebestätigung) for a program: it found an exclusion
     * criterion. Since API 1.1.0.
     */
    ABH_FREIGABE_VERWEIGERT("die Ausländerbehörde hat die Freigabe verweigert");

    private final String bezeichnung;

    Merkmal(String bezeichnung) {
        this.bezeichnung = bezeichnung;
    }

    /** German label. */
    public String bezeichnung() {
        return bezeichnung;
    }
}
