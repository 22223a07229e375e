package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A work ban or exclusion fact from {@code ab} up to the day before {@code bis} (empty: still holds). */
@Serdeable
public record MerkmalDaten(@Nullable @NotNull Personenmerkmal merkmal, @Nullable @NotNull LocalDate ab,
                           @Nullable LocalDate bis,
                           @Nullable @Freitext String notiz) {
}
