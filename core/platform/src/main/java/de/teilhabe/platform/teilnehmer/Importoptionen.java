package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Options of a participant import: the program (id or name) for rows whose column {@code Programm} is empty or
 * missing, and whether duplicates (same names, birth date and Kommune as a stored participant or an earlier row)
 * are skipped and reported rather than stopping the import — in a list of intakes; a history list always skips
 * what is already recorded.
 */
@Serdeable
public record Importoptionen(@Nullable String programm, boolean duplikateUeberspringen) {

    /** No default program, duplicates are errors. */
    public static Importoptionen standard() {
        return new Importoptionen(null, false);
    }
}
