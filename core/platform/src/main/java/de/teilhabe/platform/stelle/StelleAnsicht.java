package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A post actually filled (or to be filled) in a program, e.g. „THM 1“ of the Rhein-Kreis Neuss, full time since
 * 01.05.2020: its full-time equivalent (VZÄ, over 0 and at most 1), holder, start and end, and the formula whose
 * entitlement it fills ({@code schluesselId}; empty for posts outside any formula). Its Kommunen are kept beside
 * it ({@link Stellenbesetzung}).
 */
@Serdeable
public record StelleAnsicht(
        UUID id,
        String programmId,
        @Nullable String schluesselId,
        String bezeichnung,
        @Nullable String inhaber,
        BigDecimal vzae,
        LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable String bemerkung,
        long version) {

    /** Whether the post is filled on {@code tag} (both ends included; no end: open). */
    public boolean besetztAm(LocalDate tag) {
        return !beginn.isAfter(tag) && (ende == null || !ende.isBefore(tag));
    }

    static StelleAnsicht von(Stelle s) {
        return new StelleAnsicht(s.id(), s.programmId(), s.schluesselId(), s.bezeichnung(), s.inhaber(), s.vzae(),
                s.beginn(), s.ende(), s.bemerkung(), s.version());
    }
}
