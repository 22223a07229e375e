package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The header of one Stand of the target-group base: program, reference date (Stichtag) and where the figures come
 * from ({@code quelle}, e.g. „Rückmeldungen der Ausländerbehörden, Stand September 2019“); the counts per Kommune
 * are {@link Zielgruppenwert}s.
 */
@MappedEntity("zielgruppenbasis")
public record Zielgruppenstand(
        @Id UUID id,
        String programmId,
        LocalDate stichtag,
        @Nullable String quelle,
        @Version long version) {
}
