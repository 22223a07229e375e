package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a provider sees of a participant in one of its Maßnahmen: the name, the Maßnahme and the assignment —
 * no birth date, residence status, consents, goals or notes.
 */
@Serdeable
public record TraegerTeilnahme(UUID zuweisungId, UUID teilnehmerId, String name, String massnahme, LocalDate ab,
                               Zuweisungsergebnis ergebnis, @Nullable LocalDate bis) {
}
