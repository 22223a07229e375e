package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What a case manager enters for a goal.
 *
 * @param erreichtAm required when the status is ERREICHT or NICHT_ERREICHT (the day it was settled)
 */
@Serdeable
public record ZielDaten(@Nullable @NotBlank @Freitext(max = 4000) String bedarf,
                        @Nullable @NotBlank @Freitext(max = 4000) String ziel, @Nullable @NotNull Zielstatus status,
                        @Nullable @NotNull LocalDate vereinbartAm, @Nullable LocalDate zieldatum,
                        @Nullable LocalDate erreichtAm) {
}
