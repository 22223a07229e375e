package de.teilhabe.platform.baustein;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.validation.constraints.NotNull;

/** What the KI enters for a Baustein; the name comes from the program's catalog. */
@Serdeable
public record BausteinDaten(
        @Nullable @Zeile String programmId,
        @Nullable @NotNull Integer nummer,
        @Nullable UUID kommuneId,
        @Nullable @NotNull LocalDate beginn,
        @Nullable @NotNull LocalDate ende,
        @Nullable @NotNull BigDecimal budget,
        @Nullable @NotNull BigDecimal landesanteilProzent,
        @Nullable @Freitext String notizen) {
}
