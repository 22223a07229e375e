package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A day that ends something: a work ban or exclusion fact (it held up to the day before), or the due date an open
 * clarification is moved to.
 */
@Serdeable
public record Ende(@Nullable @NotNull LocalDate bis) {
}
