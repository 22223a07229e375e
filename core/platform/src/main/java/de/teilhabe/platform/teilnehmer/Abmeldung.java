package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The end of a participation: the day (not active from that day on), the reason and its kind (default
 * {@link Abmeldeart#SONSTIGES}); {@code programm} picks the participation where a person takes part in several
 * programs.
 */
@Serdeable
public record Abmeldung(@Nullable @NotNull LocalDate am,
                        @Nullable @NotBlank(message = "{teilnehmer.abmeldung.grund}") @Freitext String grund,
                        @Nullable Abmeldeart art,
                        @Nullable @Zeile String programm) {
}
