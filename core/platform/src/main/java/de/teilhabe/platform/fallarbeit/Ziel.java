package de.teilhabe.platform.fallarbeit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A goal of the goal agreement, agreed on a need. */
@Serdeable
public record Ziel(UUID id, String bedarf, String ziel, Zielstatus status, LocalDate vereinbartAm,
                   @Nullable LocalDate zieldatum, @Nullable LocalDate erreichtAm, long version) {
}
