package de.teilhabe.plugin.api.stellen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Result of a staffing formula.
 *
 * @param stellen    posts in total (full-time equivalents)
 * @param jeKommune  posts per Kommune if the formula distributes them (sums exactly to {@code stellen}),
 *                   otherwise empty
 * @param rechenweg  German lines explaining the calculation step by step (printable)
 */
public record Stellenergebnis(BigDecimal stellen, List<Stellenanteil> jeKommune, List<String> rechenweg) {

    public Stellenergebnis {
        Objects.requireNonNull(stellen, "stellen");
        jeKommune = List.copyOf(jeKommune);
        rechenweg = List.copyOf(rechenweg);
        if (!jeKommune.isEmpty()) {
            BigDecimal summe = jeKommune.stream().map(Stellenanteil::stellen).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (summe.compareTo(stellen) != 0) {
                throw new IllegalArgumentException("Summe der Stellenanteile " + summe.toPlainString()
                        + " weicht von der Gesamtzahl " + stellen.toPlainString() + " ab");
            }
        }
    }
}
