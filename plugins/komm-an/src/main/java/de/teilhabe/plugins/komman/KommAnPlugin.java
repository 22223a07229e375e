package de.teilhabe.plugins.komman;

import org.pf4j.Plugin;

/**
 * PF4J entry point of „KOMM-AN NRW“ – the fourth, deliberately small program plugin, built by following
 * {@code docs/plugin-guide.md} from {@code plugins/plugin-template}. It only states what the seed documents
 * show (seed 004, RKN KIM concept, 2021): KOMM-AN NRW is a Landesprogramm run in the Kommunales
 * Integrationszentrum of the Kreis, with a KOMM-AN volunteer coordination of the Kreis and KOMM-AN expert
 * exchange meetings, and it is kept apart from KIM (no double funding). It has no target-group rule, no
 * staffing formula and no tables of its own.
 */
public class KommAnPlugin extends Plugin {

    /** Plugin and program id. */
    public static final String ID = "komm-an";
}
