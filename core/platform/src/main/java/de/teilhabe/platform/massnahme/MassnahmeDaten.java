package de.teilhabe.platform.massnahme;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** What the KI enters for a Maßnahme; {@code kommunen} in the order they should be shown. */
@Serdeable
public record MassnahmeDaten(
        @Nullable @NotNull UUID bausteinId,
        @Nullable @NotNull UUID traegerId,
        @Nullable @NotEmpty(message = "{massnahme.kommunen.leer}") List<UUID> kommunen,
        @Nullable @Zeile String titel,
        @Nullable LocalDate geplanterStart,
        @Nullable @Freitext String startHinweis,
        @Nullable Integer kapazitaet,
        @Nullable @Freitext String bemerkung) {

    public List<UUID> kommunenOderLeer() {
        return kommunen == null ? List.of() : kommunen;
    }
}
