package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user enters for an Anliegen.
 *
 * @param herkunftGremiumId  the Gremium where it was raised (e.g. the AG Fallebene)
 * @param gemeldetAm         defaults to today; not in the future
 */
@Serdeable
public record AnliegenDaten(
        @Nullable @NotBlank @Zeile String titel,
        @Nullable @Freitext String beschreibung,
        @Nullable @NotNull Anliegenart art,
        @Nullable @NotNull UUID herkunftGremiumId,
        @Nullable LocalDate gemeldetAm) {
}
