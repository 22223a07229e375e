package de.teilhabe.platform.massnahme;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A change of a Maßnahme's status from a date on, with the reason where one is needed. */
@Serdeable
public record Statuswechsel(@Nullable Status status, @Nullable LocalDate ab, @Nullable @Freitext String grund) {
}
