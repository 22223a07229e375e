package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant as stored: the person and, kept by the database from the participations (ADR 0002), the first
 * intake and — while no participation is open — the last de-registration with its reason; {@code kommuneId} is the
 * Kommune the person lives in today (the history is in {@link TeilnehmerAkte#wohnorte()}). The birth date may be
 * unknown until clarified.
 */
@Serdeable
public record Teilnehmer(
        UUID id,
        String vorname,
        String nachname,
        @Nullable LocalDate geburtsdatum,
        UUID kommuneId,
        @Nullable String sprachniveau,
        @Nullable String fallverantwortung,
        @Nullable LocalDate aufgenommenAm,
        @Nullable LocalDate abgemeldetAm,
        @Nullable String abmeldegrund,
        long version) {

    /** Taken in and not de-registered from every program. */
    public boolean aktiv() {
        return aufgenommenAm != null && abgemeldetAm == null;
    }
}
