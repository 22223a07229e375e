package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** What the case manager enters about a person; {@code fallverantwortung} is the responsible user's benutzername. */
@Serdeable
public record TeilnehmerDaten(
        @Nullable String vorname,
        @Nullable String nachname,
        @Nullable LocalDate geburtsdatum,
        @Nullable UUID kommuneId,
        @Nullable String sprachniveau,
        boolean beschaeftigungsverbot,
        @Nullable String fallverantwortung) {
}
