package de.teilhabe.plugin.api.stellen;

import de.teilhabe.plugin.api.feld.Validierungsfehler;
import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.Optional;

/**
 * A staffing formula: named inputs → funded posts, optionally distributed to the Kommunen.
 *
 * <p>The host's staffing calculator lists a program's formulas, asks for the declared {@link #eingaben()},
 * shows {@link #pruefe} errors next to the inputs, and prints the {@link Stellenergebnis} with its
 * {@link Stellenergebnis#rechenweg()} and the {@link #rundungsregel()}.
 */
public interface Stellenschluessel extends ExtensionPoint {

    /** Stable id, unique in the plugin, starting with the plugin id, e.g. {@code kim.baustein2.verteilung}. */
    String id();

    /** German name, e.g. „Case-Management-Stellen je Kommune (Baustein 2)“. */
    String bezeichnung();

    /** Number of the Förderbaustein the posts belong to, if any. */
    Optional<Integer> baustein();

    /** The inputs the formula needs. */
    List<Eingabegroesse> eingaben();

    /** The rounding rule in German, as it should be printed next to the result. */
    String rundungsregel();

    /** Validates an input; the default checks it against {@link #eingaben()}. */
    default List<Validierungsfehler> pruefe(Stelleneingabe eingabe) {
        return eingabe.pruefeGegen(eingaben());
    }

    /**
     * Computes the posts.
     *
     * @throws de.teilhabe.plugin.api.feld.UngueltigeEingabeException if {@link #pruefe} reports errors or
     *         the input cannot be computed (e.g. all counts are zero)
     */
    Stellenergebnis berechne(Stelleneingabe eingabe);
}
