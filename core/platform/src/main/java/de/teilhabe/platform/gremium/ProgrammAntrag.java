package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Creating the Gremien of an enabled program from its plugin's templates, all constituted on one day. */
@Serdeable
public record ProgrammAntrag(@Nullable @NotBlank @Zeile String programm, @Nullable @NotNull LocalDate konstituiertAm) {
}
