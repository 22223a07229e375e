package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The inputs of one staffing formula ({@code schluesselId}, a plugin's Stellenschluessel) of a program at one
 * reference date (Stichtag); the values themselves are {@link Stellenwert}s.
 */
@Serdeable
public record StellenberechnungAnsicht(
        UUID id,
        String programmId,
        String schluesselId,
        LocalDate stichtag,
        @Nullable String bemerkung,
        long version) {

    static StellenberechnungAnsicht von(Stellenberechnung s) {
        return new StellenberechnungAnsicht(s.id(), s.programmId(), s.schluesselId(), s.stichtag(), s.bemerkung(),
                s.version());
    }
}
