package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** How and when an assignment ended; an Abbruch needs its reason. */
@Serdeable
public record Zuweisungsende(@Nullable Zuweisungsergebnis ergebnis, @Nullable LocalDate bis,
                             @Nullable @Freitext String abbruchgrund) {
}
