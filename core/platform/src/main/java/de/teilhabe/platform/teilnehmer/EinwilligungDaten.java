package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A consent given on {@code am} for {@code zweck}. */
@Serdeable
public record EinwilligungDaten(@Nullable @NotNull Einwilligungszweck zweck, @Nullable @NotNull LocalDate am) {
}
