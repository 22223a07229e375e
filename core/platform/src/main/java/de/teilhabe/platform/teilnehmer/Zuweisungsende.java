package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** How and when an assignment ended; an Abbruch needs its reason. */
@Serdeable
public record Zuweisungsende(@Nullable @NotNull Zuweisungsergebnis ergebnis, @Nullable @NotNull LocalDate bis,
                             @Nullable @Freitext String abbruchgrund) {
}
