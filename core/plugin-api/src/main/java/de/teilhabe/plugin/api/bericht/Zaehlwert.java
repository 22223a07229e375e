package de.teilhabe.plugin.api.bericht;

import java.util.Map;
import java.util.Objects;

/**
 * One aggregated count: how many for one combination of dimension values. Only aggregates, never personal data.
 *
 * @param kennzahl    which count, see {@link Kennzahl}
 * @param dimensionen dimension → value, e.g. {@code kommune → Jüchen, aufenthaltsstatus → DULDUNG}
 * @param anzahl      the count, not negative
 */
public record Zaehlwert(String kennzahl, Map<String, String> dimensionen, long anzahl) {

    public Zaehlwert {
        Objects.requireNonNull(kennzahl, "kennzahl");
        dimensionen = Map.copyOf(dimensionen);
        if (anzahl < 0) {
            throw new IllegalArgumentException("Anzahl darf nicht negativ sein");
        }
    }

    /** Whether every filter entry matches this count's dimensions. */
    public boolean passtZu(Map<String, String> filter) {
        return filter.entrySet().stream().allMatch(f -> f.getValue().equals(dimensionen.get(f.getKey())));
    }
}
