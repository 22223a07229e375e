package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The last day of a membership. */
@Serdeable
public record Mitgliedschaftsende(@Nullable @NotNull LocalDate bis) {
}
