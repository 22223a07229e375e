package de.teilhabe.platform.massnahme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a Maßnahme's history (a dated fact, ADR 0002): from {@code ab} on it had {@code status}, for
 * {@code grund}, until the next step ({@code bis}, derived by the database). A correction supersedes the entry
 * ({@code ersetztAm}); the history shows current entries only.
 */
@Serdeable
public record StatuseintragAnsicht(
        @Nullable Long id,
        UUID massnahmeId,
        Status status,
        LocalDate ab,
        @Nullable String grund,
        @Nullable Instant erfasstAm,
        String erfasstVon,
        @Nullable LocalDate bis,
        @Nullable Instant ersetztAm,
        @Nullable Long ersetztDurch) {

    static StatuseintragAnsicht von(Statuseintrag s) {
        return new StatuseintragAnsicht(s.id(), s.massnahmeId(), s.status(), s.ab(), s.grund(), s.erfasstAm(),
                s.erfasstVon(), s.bis(), s.ersetztAm(), s.ersetztDurch());
    }
}
