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
import jakarta.validation.Valid;

/**
 * What the KI enters for a staffing formula: program, formula id, reference date and one value per declared input
 * — per Kommune where the formula asks for it (e.g. tolerated people aged 18–27 in Dormagen: 47). Program and
 * formula cannot change later (a change keeps the stored ones, so only a new formula's inputs need the formula).
 */
@Serdeable
public record StellenberechnungDaten(
        @Nullable @Zeile String programmId,
        @Nullable @Zeile String schluesselId,
        @Nullable @NotNull LocalDate stichtag,
        @Nullable @Freitext String bemerkung,
        @Nullable List<@Valid Wert> werte) {

    /** One value: {@code eingabe} is the input's key, {@code kommuneId} empty for a whole-Kreis input. */
    @Serdeable
    public record Wert(@Nullable @NotBlank @Zeile String eingabe, @Nullable UUID kommuneId,
                       @Nullable @NotNull BigDecimal wert) {
    }

    public List<Wert> werteOderLeer() {
        return werte == null ? List.of() : werte;
    }
}
