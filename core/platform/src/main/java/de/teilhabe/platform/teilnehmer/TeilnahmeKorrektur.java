package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The corrected dates of a participation: intake day and, if it ended, the de-registration with reason and kind. */
@Serdeable
public record TeilnahmeKorrektur(@Nullable @NotNull LocalDate aufgenommenAm, @Nullable LocalDate abgemeldetAm,
                                 @Nullable @Freitext String abmeldegrund, @Nullable Abmeldeart abmeldeart) {
}
