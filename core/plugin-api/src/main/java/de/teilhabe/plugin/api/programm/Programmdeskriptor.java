package de.teilhabe.plugin.api.programm;

import de.teilhabe.plugin.api.feld.Felddefinition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a program is: id, name, funding bodies and defaults.
 *
 * @param id                      program id; must equal the PF4J plugin id (lower case, digits, dashes)
 * @param name                    official German program name, e.g. „Gemeinsam klappt’s“
 * @param kurzbeschreibung        one or two German sentences for the program list
 * @param foerdergeber            funding ministries (at least one)
 * @param standardFoerderzeitraum period pre-filled when a Kreis enables the program; the Kreis replaces it
 *                                with the dates of its own Bewilligungsbescheid
 * @param einstellungen           settings each Kreis fills in for this program (stored by the host, passed
 *                                back to rules and reports as {@link de.teilhabe.plugin.api.feld.Feldwerte})
 */
public record Programmdeskriptor(String id, String name, String kurzbeschreibung, List<Foerdergeber> foerdergeber,
                                 Optional<Foerderzeitraum> standardFoerderzeitraum,
                                 List<Felddefinition> einstellungen) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Programmdeskriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Programm-Id „" + id + "“: nur Kleinbuchstaben, Ziffern und Bindestriche");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kurzbeschreibung, "kurzbeschreibung");
        foerdergeber = List.copyOf(foerdergeber);
        if (foerdergeber.isEmpty()) {
            throw new IllegalArgumentException("Programm „" + id + "“: mindestens ein Fördergeber");
        }
        Objects.requireNonNull(standardFoerderzeitraum, "standardFoerderzeitraum");
        einstellungen = List.copyOf(einstellungen);
    }

    /** A descriptor without per-Kreis settings. */
    public static Programmdeskriptor von(String id, String name, String kurzbeschreibung,
                                         List<Foerdergeber> foerdergeber, Foerderzeitraum standardFoerderzeitraum) {
        return new Programmdeskriptor(id, name, kurzbeschreibung, foerdergeber,
                Optional.ofNullable(standardFoerderzeitraum), List.of());
    }

    /** Copy with the given per-Kreis settings. */
    public Programmdeskriptor mitEinstellungen(List<Felddefinition> neueEinstellungen) {
        return new Programmdeskriptor(id, name, kurzbeschreibung, foerdergeber, standardFoerderzeitraum,
                neueEinstellungen);
    }
}
