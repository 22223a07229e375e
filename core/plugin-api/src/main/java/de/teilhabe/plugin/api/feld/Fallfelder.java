package de.teilhabe.plugin.api.feld;

import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.Map;

/**
 * Extra typed fields a program adds to a case (e.g. the ABH clearance at intake).
 *
 * <p>The host renders the fields in the case step given by {@link Felddefinition#phase()}, stores the
 * values as strings next to the case (see {@link Feldtyp} for the accepted forms), and calls
 * {@link #validiere(Map)} before saving; nothing is saved while errors remain.
 */
public interface Fallfelder extends ExtensionPoint {

    /** The declared fields; keys are unique within the plugin. */
    List<Felddefinition> felder();

    /**
     * Validates the values of one case ({@code key → value}; absent or blank means "no value").
     * The default checks each field's type, requirement, bounds and allowed values with
     * {@link Feldpruefung}; override to add rules across fields, and include the default's result.
     *
     * @return the problems found, empty if the values may be saved
     */
    default List<Validierungsfehler> validiere(Map<String, String> werte) {
        return Feldpruefung.pruefe(felder(), werte);
    }
}
