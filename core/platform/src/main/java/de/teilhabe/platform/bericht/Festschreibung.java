package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * The request to freeze a report for a committee.
 *
 * @param art        the report ({@link Berichtsart#id()})
 * @param programm   the program (required, checked with the cut-off date as for every report)
 * @param stichtag   the cut-off date
 * @param anlass     the occasion, e.g. „Sozial- und Gesundheitsausschuss, 20.05.2021“
 * @param geschuetzt whether small counts are suppressed as committee readers see them (default: yes)
 */
@Serdeable
public record Festschreibung(@Nullable @NotBlank @Zeile String art, @Nullable @Zeile String programm,
                             @Nullable LocalDate stichtag,
                             @Nullable @NotBlank(message = "{bericht.anlass.fehlt}") @Freitext String anlass,
                             @Nullable Boolean geschuetzt) {
}
