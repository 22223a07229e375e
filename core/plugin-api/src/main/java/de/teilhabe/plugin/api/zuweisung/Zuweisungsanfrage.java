package de.teilhabe.plugin.api.zuweisung;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One question to a {@link Zuweisungsregel}.
 *
 * @param programm the id of the program the person takes part in (not the rule's own program)
 * @param baustein the number of this program's Förderbaustein the Maßnahme belongs to
 * @param ab       the assignment's first day
 */
public record Zuweisungsanfrage(String programm, int baustein, LocalDate ab) {

    public Zuweisungsanfrage {
        Objects.requireNonNull(programm, "programm");
        Objects.requireNonNull(ab, "ab");
    }
}
