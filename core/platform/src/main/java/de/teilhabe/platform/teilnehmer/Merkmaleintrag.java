package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A {@link Personenmerkmal} that held from {@code ab} until the day before {@code bis} (open if unknown). */
@Serdeable
public record Merkmaleintrag(UUID id, Personenmerkmal merkmal, LocalDate ab, @Nullable LocalDate bis,
                             @Nullable String notiz, Instant erfasstAm, String erfasstVon) implements Zeitraum {
}
