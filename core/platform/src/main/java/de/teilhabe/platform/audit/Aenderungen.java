package de.teilhabe.platform.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the "what changed" part of an audit entry. For non-personal configuration (Bausteine, Maßnahmen, Träger,
 * funding, posts, Kommunen, Gremien …) each field that differs as {@code [old, new]} ({@link #zwischen}); for a
 * record of a person only the names of the fields that differ ({@link #felder}, see {@link Personenbezug}).
 */
public final class Aenderungen {

    private Aenderungen() {
    }

    @SafeVarargs
    public static <T> Map<String, Object> zwischen(T alt, T neu, Map.Entry<String, Function<T, ?>>... felder) {
        Map<String, Object> ergebnis = new LinkedHashMap<>();
        for (Map.Entry<String, Function<T, ?>> feld : felder) {
            Object vorher = alt == null ? null : feld.getValue().apply(alt);
            Object nachher = neu == null ? null : feld.getValue().apply(neu);
            if (!Objects.equals(vorher, nachher)) {
                ergebnis.put(feld.getKey(), Arrays.asList(text(vorher), text(nachher)));
            }
        }
        return ergebnis;
    }

    /** The names of the fields that differ between {@code alt} and {@code neu} (either may be null), in order. */
    @SafeVarargs
    public static <T> List<String> felder(T alt, T neu, Map.Entry<String, Function<T, ?>>... felder) {
        List<String> namen = new ArrayList<>();
        for (Map.Entry<String, Function<T, ?>> feld : felder) {
            Object vorher = alt == null ? null : feld.getValue().apply(alt);
            Object nachher = neu == null ? null : feld.getValue().apply(neu);
            if (!Objects.equals(vorher, nachher)) {
                namen.add(feld.getKey());
            }
        }
        return namen;
    }

    public static <T> Map.Entry<String, Function<T, ?>> feld(String name, Function<T, ?> wert) {
        return Map.entry(name, wert);
    }

    private static Object text(Object wert) {
        return wert == null || wert instanceof Boolean || wert instanceof Number ? wert : wert.toString();
    }
}
