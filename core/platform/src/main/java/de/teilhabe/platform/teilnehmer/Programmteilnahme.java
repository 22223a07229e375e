package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant's intake into one program, with the program's target-group verdict at intake
 * ({@code einstufung} and reasons), the documented exception if the person is not in the target group, and
 * the ABH's clearance.
 */
@Serdeable
public record Programmteilnahme(
        UUID id,
        String programm,
        LocalDate aufgenommenAm,
        String einstufung,
        List<String> begruendungen,
        @Nullable String ausnahmeGrund,
        @Nullable String ausnahmeGenehmigtVon,
        @Nullable Freigabe freigabe,
        @Nullable LocalDate freigabeAm,
        long version) {

    /** Taken in as a documented exception (not in the target group by the program's rule). */
    public boolean ausnahme() {
        return ausnahmeGrund != null;
    }
}
