package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A person already recorded is taken into a program — for the first time, or again after a de-registration (a new
 * episode): the program, the day, the documented exception where the person is not in the target group, the case
 * manager (default: the holder of the program's post for the person's Kommune) and, where the verdict cannot be
 * decided yet, the due date of the clarification (default: in 14 days).
 */
@Serdeable
public record TeilnahmeAntrag(@Nullable @NotBlank @Zeile String programm, @Nullable @NotNull LocalDate aufgenommenAm,
                              @Nullable @Freitext String ausnahmeGrund, @Nullable @Zeile String ausnahmeGenehmigtVon,
                              @Nullable @Zeile String fallverantwortung, @Nullable LocalDate klaerungBis) {
}
