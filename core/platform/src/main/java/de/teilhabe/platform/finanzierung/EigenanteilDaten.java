package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the KI enters for an own share: the program, the Baustein (empty: for the program as a whole), the
 * calendar year, the amount and its source (free text, e.g. „Integrationspauschale (§ 14c TIntG)“).
 */
@Serdeable
public record EigenanteilDaten(
        @Nullable @Zeile String programmId,
        @Nullable UUID bausteinId,
        @Nullable @NotNull Integer jahr,
        @Nullable @NotNull BigDecimal betrag,
        @Nullable @NotBlank @Zeile String quelle,
        @Nullable @Freitext String bemerkung) {
}
