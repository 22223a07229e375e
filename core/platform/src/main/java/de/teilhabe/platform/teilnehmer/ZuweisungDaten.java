package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A new assignment: the Maßnahme and the first day. */
@Serdeable
public record ZuweisungDaten(@Nullable UUID massnahmeId, @Nullable LocalDate ab) {
}
