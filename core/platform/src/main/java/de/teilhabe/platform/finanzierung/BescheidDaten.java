package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
        @Nullable @NotNull LocalDate beginn,
        @Nullable @NotNull LocalDate ende,
        @Nullable @NotNull BigDecimal betrag,
        @Nullable @NotEmpty(message = "{finanzierung.bausteine.leer}") List<UUID> bausteine,
        @Nullable List<@Valid Posten> posten,
        @Nullable @Freitext String bemerkung) {

    /** One amount for one Baustein in one calendar year. */
    @Serdeable
    public record Posten(@Nullable @NotNull UUID bausteinId, @Nullable @NotNull Integer jahr,
                         @Nullable @NotNull BigDecimal betrag) {
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
