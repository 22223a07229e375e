package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Funds of one Baustein forwarded (weitergeleitet) to a provider by contract (Weiterleitungsvertrag) for a
 * period; {@code vertrag} is the contract's reference.
 */
@MappedEntity("weiterleitung")
public record Weiterleitung(
        @Id UUID id,
        UUID bausteinId,
        UUID traegerId,
        BigDecimal betrag,
        LocalDate beginn,
        LocalDate ende,
        String vertrag,
        @Nullable String bemerkung,
        @Version long version) {
}
