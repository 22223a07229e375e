package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The header of one Stand of the target-group base: program, reference date (Stichtag) and where the figures come
 * from ({@code quelle}, e.g. „Rückmeldungen der Ausländerbehörden, Stand September 2019“); the counts per Kommune
 * are {@link Zielgruppenwert}s.
 */
@Serdeable
public record ZielgruppenstandAnsicht(
        UUID id,
        String programmId,
        LocalDate stichtag,
        @Nullable String quelle,
        long version) {

    static ZielgruppenstandAnsicht von(Zielgruppenstand z) {
        return new ZielgruppenstandAnsicht(z.id(), z.programmId(), z.stichtag(), z.quelle(), z.version());
    }
}
