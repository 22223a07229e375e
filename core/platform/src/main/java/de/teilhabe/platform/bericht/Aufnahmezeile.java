package de.teilhabe.platform.bericht;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One Kommune (or the sum) of the intake report: people taken in up to the cut-off date by residence status on
 * their intake day, de-registered by then, active, and how many intakes were documented exceptions. A count is
 * {@code null} only where it was suppressed for a committee reader (see {@link Schwelle}).
 */
@Serdeable
public record Aufnahmezeile(String kommune, @Nullable Integer duldung, @Nullable Integer gestattung,
                            @Nullable Integer aufenthaltstitel, @Nullable Integer sonstige, @Nullable Integer gesamt,
                            @Nullable Integer abgemeldet, @Nullable Integer aktiv, @Nullable Integer ausnahmen) {

    /** Columns of the row in the order of the record, for {@link Schwelle}. */
    int[] werte() {
        return new int[] {duldung, gestattung, aufenthaltstitel, sonstige, gesamt, abgemeldet, aktiv, ausnahmen};
    }

    static Aufnahmezeile aus(String kommune, Integer[] w) {
        return new Aufnahmezeile(kommune, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }
}
