package de.teilhabe.plugins.kim;

import org.pf4j.Plugin;

/** PF4J entry point of „Kommunales Integrationsmanagement“ (KIM, Bausteine 1–3). */
public class KimPlugin extends Plugin {

    /** Plugin and program id. */
    public static final String ID = "kim";

    /** Kreis setting: last day of the Landesinitiative „Durchstarten“ in the Kreis; Stufe 2 starts after it. */
    public static final String EINSTELLUNG_LANDESINITIATIVE_ENDE = "landesinitiative.ende";
}
