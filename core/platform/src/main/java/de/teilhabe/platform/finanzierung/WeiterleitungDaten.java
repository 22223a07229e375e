package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the KI enters for a forwarding: Baustein, provider, amount, period (inside the Baustein's) and contract. */
@Serdeable
public record WeiterleitungDaten(
        @Nullable @NotNull UUID bausteinId,
        @Nullable @NotNull UUID traegerId,
        @Nullable @NotNull BigDecimal betrag,
        @Nullable @NotNull LocalDate beginn,
        @Nullable @NotNull LocalDate ende,
        @Nullable @NotBlank @Zeile String vertrag,
        @Nullable @Freitext String bemerkung) {
}
