package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the KI enters for a Zuwendungsbescheid: kind (default {@link Finanzierungsart#BESCHEID}), date and file
 * number (required for a Bescheid), Bewilligungszeitraum, total amount, the Bausteine covered, and optionally the
 * amounts per Baustein and year (their sum must not exceed the total). The program cannot change later.
 */
@Serdeable
public record BescheidDaten(
        @Nullable @Zeile String programmId,
        @Nullable Finanzierungsart art,
        @Nullable LocalDate datum,
        @Nullable @Zeile String aktenzeichen,
        @Nullable LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable BigDecimal betrag,
        @Nullable List<UUID> bausteine,
        @Nullable List<Posten> posten,
        @Nullable @Freitext String bemerkung) {

    /** One amount for one Baustein in one calendar year. */
    @Serdeable
    public record Posten(@Nullable UUID bausteinId, @Nullable Integer jahr, @Nullable BigDecimal betrag) {
    }

    public Finanzierungsart artOderBescheid() {
        return art == null ? Finanzierungsart.BESCHEID : art;
    }

    public List<UUID> bausteineOderLeer() {
        return bausteine == null ? List.of() : bausteine;
    }

    public List<Posten> postenOderLeer() {
        return posten == null ? List.of() : posten;
    }
}
