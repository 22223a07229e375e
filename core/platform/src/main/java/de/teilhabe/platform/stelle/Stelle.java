package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A post actually filled (or to be filled) in a program, e.g. „THM 1“ of the Rhein-Kreis Neuss, full time since
 * 01.05.2020: its full-time equivalent (VZÄ, over 0 and at most 1), holder, start and end, and the formula whose
 * entitlement it fills ({@code schluesselId}; empty for posts outside any formula). Its Kommunen are kept beside
 * it ({@link Stellenbesetzung}).
 */
@MappedEntity("stelle")
public record Stelle(
        @Id UUID id,
        String programmId,
        @Nullable String schluesselId,
        String bezeichnung,
        @Nullable String inhaber,
        BigDecimal vzae,
        LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable String bemerkung,
        @Version long version) {
}
