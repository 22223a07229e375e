package de.teilhabe.plugin.api.stellen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Posts assigned to one Kommune.
 *
 * @param kommune    name of the Kommune as given in the input
 * @param grundlage  the Kommune's input value the share was computed from (e.g. number of foreigners)
 * @param stellen    posts (full-time equivalents)
 */
public record Stellenanteil(String kommune, BigDecimal grundlage, BigDecimal stellen) {

    public Stellenanteil {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(grundlage, "grundlage");
        Objects.requireNonNull(stellen, "stellen");
    }
}
