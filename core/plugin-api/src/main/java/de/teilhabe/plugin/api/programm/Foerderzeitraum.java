package de.teilhabe.plugin.api.programm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A funding period, both days inclusive.
 *
 * @param beginn first funded day
 * @param ende   last funded day (not before {@code beginn})
 */
public record Foerderzeitraum(LocalDate beginn, LocalDate ende) {

    public Foerderzeitraum {
        Objects.requireNonNull(beginn, "beginn");
        Objects.requireNonNull(ende, "ende");
        if (ende.isBefore(beginn)) {
            throw new IllegalArgumentException("Förderzeitraum: Ende " + ende + " liegt vor Beginn " + beginn);
        }
    }

    /** Whether {@code tag} lies within the period (inclusive). */
    public boolean enthaelt(LocalDate tag) {
        return !tag.isBefore(beginn) && !tag.isAfter(ende);
    }
}
