package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A participant as stored: the person, the first intake and, if so, the de-registration. */
@Serdeable
public record Teilnehmer(
        UUID id,
        String vorname,
        String nachname,
        LocalDate geburtsdatum,
        UUID kommuneId,
        @Nullable String sprachniveau,
        boolean beschaeftigungsverbot,
        @Nullable String fallverantwortung,
        @Nullable LocalDate aufgenommenAm,
        @Nullable LocalDate abgemeldetAm,
        @Nullable String abmeldegrund,
        long version) {

    /** Taken in and not de-registered. */
    public boolean aktiv() {
        return aufgenommenAm != null && abgemeldetAm == null;
    }
}
