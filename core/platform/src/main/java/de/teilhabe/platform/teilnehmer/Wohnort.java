package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where the person lived from {@code ab} on — until {@code bis}, the next entry's date (derived). The Kommune a
 * report counts the person in at a cut-off date. {@code erfasstAm}/{@code erfasstVon}: when and by whom recorded.
 */
@Serdeable
public record Wohnort(UUID id, UUID kommuneId, String kommune, LocalDate ab, @Nullable LocalDate bis,
                      Instant erfasstAm, String erfasstVon) implements Zeitraum {
}
