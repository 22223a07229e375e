package de.teilhabe.platform.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Builds the "what changed" part of an audit entry: for each field that differs, {@code [old, new]}. */
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

    public static <T> Map.Entry<String, Function<T, ?>> feld(String name, Function<T, ?> wert) {
        return Map.entry(name, wert);
    }

    private static Object text(Object wert) {
        return wert == null || wert instanceof Boolean || wert instanceof Number ? wert : wert.toString();
    }
}
