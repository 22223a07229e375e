package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.Freitext;
import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the KI enters for a post: program, formula (optional), name, holder, VZÄ (e.g. 1 for full time, 0.5),
 * start, end (optional) and the responsible Kommunen. The program cannot change later.
 */
@Serdeable
public record StelleDaten(
        @Nullable @Zeile String programmId,
        @Nullable @Zeile String schluesselId,
        @Nullable @NotBlank @Zeile String bezeichnung,
        @Nullable @Zeile String inhaber,
        @Nullable @NotNull BigDecimal vzae,
        @Nullable @NotNull LocalDate beginn,
        @Nullable LocalDate ende,
        @Nullable List<UUID> kommunen,
        @Nullable @Freitext String bemerkung) {

    public List<UUID> kommunenOderLeer() {
        return kommunen == null ? List.of() : kommunen;
    }
}
