package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** A retention period in years. */
@Serdeable
public record Frist(@Nullable @NotNull Integer jahre) {
}
