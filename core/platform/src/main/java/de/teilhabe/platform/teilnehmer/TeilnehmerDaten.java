package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the case manager enters about a person; {@code fallverantwortung} is the responsible user's benutzername.
 * The birth date may be left empty when it is not known yet (the verdict is then „nicht entscheidbar“). The Kommune
 * is given at intake; afterwards it changes only by a move with its date ({@code POST …/wohnorte}).
 */
@Serdeable
public record TeilnehmerDaten(
        @Nullable @Zeile String vorname,
        @Nullable @Zeile String nachname,
        @Nullable LocalDate geburtsdatum,
        @Nullable UUID kommuneId,
        @Nullable @Zeile String sprachniveau,
        @Nullable @Zeile String fallverantwortung) {
}
