package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the KI enters for a forwarding: Baustein, provider, amount, period (inside the Baustein's) and contract. */
@Serdeable
public record WeiterleitungDaten(
        @Nullable UUID bausteinId,
        @Nullable UUID traegerId,
        @Nullable BigDecimal betrag,
        @Nullable LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable @Zeile String vertrag,
        @Nullable @Freitext String bemerkung) {
}
