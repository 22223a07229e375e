package de.teilhabe.plugin.api.bericht;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A report row. Cells are {@code String}, {@code Long}, {@code BigDecimal}, {@code LocalDate} matching the
 * column types, or {@code null} for an empty cell.
 *
 * @param zellen       cell values, one per column
 * @param summenzeile  whether this is a total row (printed bold / separated)
 */
public record Zeile(List<Object> zellen, boolean summenzeile) {

    public Zeile {
        zellen = Collections.unmodifiableList(Arrays.asList(zellen.toArray()));
    }

    public static Zeile von(Object... zellen) {
        return new Zeile(Arrays.asList(zellen), false);
    }

    public static Zeile summe(Object... zellen) {
        return new Zeile(Arrays.asList(zellen), true);
    }
}
