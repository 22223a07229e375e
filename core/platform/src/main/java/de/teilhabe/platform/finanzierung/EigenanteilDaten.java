package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable Integer jahr,
        @Nullable BigDecimal betrag,
        @Nullable @Zeile String quelle,
        @Nullable @Freitext String bemerkung) {
}
