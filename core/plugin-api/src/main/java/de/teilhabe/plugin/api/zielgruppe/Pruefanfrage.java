package de.teilhabe.plugin.api.zielgruppe;

import de.teilhabe.plugin.api.feld.Feldwerte;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One question to a target-group rule: is this person in the target group at this date?
 *
 * @param person        the person's data
 * @param stichtag      reference date (usually today, or the intake date)
 * @param einstellungen the asking Kreis's settings for this program (declared in the program descriptor)
 */
public record Pruefanfrage(Personenangaben person, LocalDate stichtag, Feldwerte einstellungen) {

    public Pruefanfrage {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stichtag, "stichtag");
        Objects.requireNonNull(einstellungen, "einstellungen");
    }

    /** A question without Kreis settings. */
    public Pruefanfrage(Personenangaben person, LocalDate stichtag) {
        this(person, stichtag, Feldwerte.KEINE);
    }
}
