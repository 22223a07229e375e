package de.teilhabe.platform.fallarbeit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A referral to another service with its outcome once known. */
@Serdeable
public record Verweisung(UUID id, Hilfeangebot stelle, @Nullable String beschreibung, LocalDate am,
                         @Nullable Verweisungsergebnis ergebnisart, @Nullable String ergebnis,
                         @Nullable LocalDate ergebnisAm, long version) {
}
