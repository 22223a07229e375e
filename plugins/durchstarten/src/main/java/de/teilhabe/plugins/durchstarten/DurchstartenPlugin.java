package de.teilhabe.plugins.durchstarten;

import org.pf4j.Plugin;

/** PF4J entry point of „Durchstarten in Ausbildung und Arbeit“ (Förderbausteine 1–5). */
public class DurchstartenPlugin extends Plugin {

    /** Plugin and program id. */
    public static final String ID = "durchstarten";
}
