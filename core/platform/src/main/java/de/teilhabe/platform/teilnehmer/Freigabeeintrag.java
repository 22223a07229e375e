package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The ABH's clearance for the person in {@code programm} as it stood from {@code ab} on, until the next entry
 * ({@code bis}, derived): requested, confirmed, or refused — a refusal ends the participation that day.
 */
@Serdeable
public record Freigabeeintrag(UUID id, String programm, Freigabe status, LocalDate ab, @Nullable LocalDate bis,
                              Instant erfasstAm, String erfasstVon) implements Zeitraum {
}
