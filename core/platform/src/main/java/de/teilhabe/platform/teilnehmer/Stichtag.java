package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day of a withdrawal, or of a re-admission into {@code programm} (default: the program left last). */
@Serdeable
public record Stichtag(@Nullable @NotNull LocalDate am, @Nullable @Zeile String programm) {

    /** The day alone (a withdrawal, or a re-admission into the program left last). */
    public Stichtag(LocalDate am) {
        this(am, null);
    }
}
