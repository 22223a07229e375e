package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the case manager enters about a person; {@code fallverantwortung} is the responsible user's benutzername.
 * Both names are required. The birth date may be left empty when it is not known yet (the verdict is then „nicht
 * entscheidbar“). The Kommune is required at intake; afterwards it changes only by a move with its date
 * ({@code POST …/wohnorte}), and a change of the person's data may leave it out.
 */
@Serdeable
public record TeilnehmerDaten(
        @Nullable @NotBlank @Zeile String vorname,
        @Nullable @NotBlank @Zeile String nachname,
        @Nullable LocalDate geburtsdatum,
        @Nullable UUID kommuneId,
        @Nullable @Zeile String sprachniveau,
        @Nullable @Zeile String fallverantwortung) {
}
