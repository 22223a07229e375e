package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One episode of a person in a program, from the intake up to the de-registration: the program's target-group
 * verdict at intake ({@code einstufung} and reasons — recomputed while the facts it rests on change), the documented
 * exception if the person is not in the target group, the open clarification with its due date where the verdict
 * could not be decided, the case manager, and how it ended. A re-admission is a new episode. {@code freigabe} and
 * {@code freigabeAm} are the ABH clearance for the program as it stands today.
 */
@Serdeable
public record Programmteilnahme(
        UUID id,
        String programm,
        LocalDate aufgenommenAm,
        @Nullable LocalDate abgemeldetAm,
        @Nullable String abmeldegrund,
        @Nullable Abmeldeart abmeldeart,
        String einstufung,
        List<String> begruendungen,
        @Nullable String ausnahmeGrund,
        @Nullable String ausnahmeGenehmigtVon,
        @Nullable String fallverantwortung,
        @Nullable LocalDate klaerungBis,
        @Nullable Freigabe freigabe,
        @Nullable LocalDate freigabeAm,
        long version,
        @Nullable Instant erfasstAm,
        @Nullable String erfasstVon) implements Zeitraum {

    public static final String PRIMAER = "PRIMAER";
    public static final String SEKUNDAER = "SEKUNDAER";
    public static final String NICHT_ZIELGRUPPE = "NICHT_ZIELGRUPPE";
    public static final String NICHT_ENTSCHEIDBAR = "NICHT_ENTSCHEIDBAR";

    /** Taken in as a documented exception (not in the target group by the program's rule). */
    public boolean ausnahme() {
        return ausnahmeGrund != null;
    }

    /** Not yet de-registered. */
    public boolean offen() {
        return abgemeldetAm == null;
    }

    /** The verdict still needs the case manager: not decidable, or not in the target group without an exception. */
    public boolean klaerungOffen() {
        return klaerungBis != null;
    }

    /** In the target group by the verdict. */
    public boolean zielgruppe() {
        return PRIMAER.equals(einstufung) || SEKUNDAER.equals(einstufung);
    }

    @Override
    public LocalDate ab() {
        return aufgenommenAm;
    }

    @Override
    public LocalDate bis() {
        return abgemeldetAm;
    }
}
