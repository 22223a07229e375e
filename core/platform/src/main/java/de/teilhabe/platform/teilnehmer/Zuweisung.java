package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment of a participant to a Maßnahme; {@code massnahme} is its display text (Baustein, provider's
 * short name, title, e.g. "FB 1 · Caritas · Coaching Neuss").
 */
@Serdeable
public record Zuweisung(
        UUID id,
        UUID massnahmeId,
        String massnahme,
        LocalDate ab,
        Zuweisungsergebnis ergebnis,
        @Nullable LocalDate bis,
        @Nullable String abbruchgrund,
        long version) {
}
