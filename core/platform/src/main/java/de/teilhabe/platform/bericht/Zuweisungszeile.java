package de.teilhabe.platform.bericht;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One Förderbaustein and provider (or the sum, with {@code baustein} 0 and no names) of the assignment report:
 * assignments that began up to the cut-off date, of them still running on that day, completed and dropped out
 * by then. A count is {@code null} only where it was suppressed for a committee reader (see {@link Schwelle}).
 */
@Serdeable
public record Zuweisungszeile(@Nullable String bausteinProgramm, int baustein, @Nullable String bausteinName,
                              @Nullable String traeger, @Nullable Integer zugewiesen, @Nullable Integer laufend,
                              @Nullable Integer abgeschlossen, @Nullable Integer abbruch) {

    int[] werte() {
        return new int[] {zugewiesen, laufend, abgeschlossen, abbruch};
    }

    Zuweisungszeile mit(Integer[] w) {
        return new Zuweisungszeile(bausteinProgramm, baustein, bausteinName, traeger, w[0], w[1], w[2], w[3]);
    }
}
