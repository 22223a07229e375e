package de.teilhabe.platform.fallarbeit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a case manager enters for a goal.
 *
 * @param erreichtAm required when the status is ERREICHT or NICHT_ERREICHT (the day it was settled)
 */
@Serdeable
public record ZielDaten(@Nullable String bedarf, @Nullable String ziel, @Nullable Zielstatus status,
                        @Nullable LocalDate vereinbartAm, @Nullable LocalDate zieldatum,
                        @Nullable LocalDate erreichtAm) {
}
