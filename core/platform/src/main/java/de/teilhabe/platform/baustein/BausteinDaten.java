package de.teilhabe.platform.baustein;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the KI enters for a Baustein; the name comes from the program's catalog. */
@Serdeable
public record BausteinDaten(
        @Nullable @Zeile String programmId,
        @Nullable Integer nummer,
        @Nullable UUID kommuneId,
        @Nullable LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal landesanteilProzent,
        @Nullable @Freitext String notizen) {
}
