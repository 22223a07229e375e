package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Zuwendungsbescheid (or a Mittelrahmen) of one program: date, file number, Bewilligungszeitraum and the
 * total amount. Which Bausteine it covers and its amounts per Baustein and year are kept beside it
 * ({@link Bescheid}).
 */
@MappedEntity("zuwendungsbescheid")
public record Zuwendungsbescheid(
        @Id UUID id,
        String programmId,
        Finanzierungsart art,
        @Nullable LocalDate datum,
        @Nullable String aktenzeichen,
        LocalDate beginn,
        LocalDate ende,
        BigDecimal betrag,
        @Nullable String bemerkung,
        @Version long version) {
}
