package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The inputs of one staffing formula ({@code schluesselId}, a plugin's Stellenschluessel) of a program at one
 * reference date (Stichtag); the values themselves are {@link Stellenwert}s.
 */
@MappedEntity("stellen_berechnung")
public record Stellenberechnung(
        @Id UUID id,
        String programmId,
        String schluesselId,
        LocalDate stichtag,
        @Nullable String bemerkung,
        @Version long version) {
}
