package de.teilhabe.platform.massnahme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a Maßnahme's history (a dated fact, ADR 0002): from {@code ab} on it had {@code status}, for
 * {@code grund}, until the next step ({@code bis}, derived by the database). A correction supersedes the entry
 * ({@code ersetztAm}); the history shows current entries only.
 */
@MappedEntity("massnahme_status")
public record Statuseintrag(
        @Id @GeneratedValue @Nullable Long id,
        UUID massnahmeId,
        Status status,
        LocalDate ab,
        @Nullable String grund,
        @DateCreated @Nullable Instant erfasstAm,
        String erfasstVon,
        @Nullable LocalDate bis,
        @Nullable Instant ersetztAm,
        @Nullable Long ersetztDurch) {

    /** A new entry. */
    public Statuseintrag(UUID massnahmeId, Status status, LocalDate ab, String grund, String erfasstVon) {
        this(null, massnahmeId, status, ab, grund, null, erfasstVon, null, null, null);
    }
}
