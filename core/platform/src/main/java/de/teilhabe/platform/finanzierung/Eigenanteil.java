package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The Kreis's own share (Eigenanteil) for one Baustein in one year, from one source — e.g. Kreis Coesfeld:
 * ca. 13.500 € in 2020 from the Integrationspauschale. {@code bausteinId == null}: the amount is known only for
 * the program as a whole, not split over its Bausteine.
 */
@MappedEntity("eigenanteil")
public record Eigenanteil(
        @Id UUID id,
        String programmId,
        @Nullable UUID bausteinId,
        int jahr,
        BigDecimal betrag,
        String quelle,
        @Nullable String bemerkung,
        @Version long version) {
}
