package de.teilhabe.plugins.vorlage;

import org.pf4j.Plugin;

/** PF4J entry point. Usually empty: everything a program offers lives in its @Extension classes. */
public class VorlagePlugin extends Plugin {

    /** Plugin and program id – the same value as {@code plugin.id} in the pom. */
    public static final String ID = "vorlage";
}
