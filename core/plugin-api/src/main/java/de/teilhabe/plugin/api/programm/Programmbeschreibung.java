package de.teilhabe.plugin.api.programm;

import org.pf4j.ExtensionPoint;

/**
 * Describes the program a plugin provides. Every program plugin has exactly one extension of this type.
 *
 * <p>The host shows the descriptor in the program list, stores the per-Kreis settings the descriptor
 * declares, and pre-fills the funding period when a Kreis enables the program.
 */
public interface Programmbeschreibung extends ExtensionPoint {

    /** The program's descriptor; must not change while the plugin is running. */
    Programmdeskriptor programm();
}
