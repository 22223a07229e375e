package de.teilhabe.platform.baustein;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the KI enters for a Baustein; the name comes from the program's catalog. */
@Serdeable
public record BausteinDaten(
        @Nullable String programmId,
        @Nullable Integer nummer,
        @Nullable UUID kommuneId,
        @Nullable LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal landesanteilProzent,
        @Nullable String notizen) {
}
