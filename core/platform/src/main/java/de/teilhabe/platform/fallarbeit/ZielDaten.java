package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a case manager enters for a goal.
 *
 * @param erreichtAm required when the status is ERREICHT or NICHT_ERREICHT (the day it was settled)
 */
@Serdeable
public record ZielDaten(@Nullable @Freitext String bedarf, @Nullable @Freitext String ziel, @Nullable Zielstatus status,
                        @Nullable LocalDate vereinbartAm, @Nullable LocalDate zieldatum,
                        @Nullable LocalDate erreichtAm) {
}
