package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment: the Maßnahme and the first day (may lie ahead: a planned assignment) — and, to enter one that has
 * already ended, its end with outcome and, for an Abbruch, the reason.
 */
@Serdeable
public record ZuweisungDaten(@Nullable @NotNull UUID massnahmeId, @Nullable @NotNull LocalDate ab,
                             @Nullable LocalDate bis,
                             @Nullable Zuweisungsergebnis ergebnis, @Nullable @Freitext String abbruchgrund) {

    /** A running assignment from {@code ab}. */
    public ZuweisungDaten(UUID massnahmeId, LocalDate ab) {
        this(massnahmeId, ab, null, null, null);
    }

    /** Whether it is entered with its end. */
    public boolean beendet() {
        return bis != null || (ergebnis != null && ergebnis != Zuweisungsergebnis.LAUFEND);
    }
}
