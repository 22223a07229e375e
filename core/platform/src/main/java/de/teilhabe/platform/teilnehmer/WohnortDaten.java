package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** A move: the Kommune the person lives in from {@code ab} on (may lie in the past). */
@Serdeable
public record WohnortDaten(@Nullable @NotNull UUID kommuneId, @Nullable @NotNull LocalDate ab) {
}
