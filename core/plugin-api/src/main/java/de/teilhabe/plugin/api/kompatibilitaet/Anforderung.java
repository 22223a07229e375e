package de.teilhabe.plugin.api.kompatibilitaet;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code Plugin-Requires} value: one or more comparisons joined by {@code &}.
 *
 * <p>Accepted forms (the same meaning PF4J gives to range expressions):
 * <ul>
 *   <li>{@code >=1.0.0 & <2.0.0} – comparisons with {@code >=, >, <=, <, =}, all must hold</li>
 *   <li>{@code ^1.2.0} – from 1.2.0 up to, excluding, the next major version (next minor for 0.x)</li>
 *   <li>{@code 1.2.0} – a bare version means the same as {@code ^1.2.0}: the plugin needs at least the
 *       features of 1.2.0 and breaks with the next major version. (PF4J alone would read a bare version as
 *       {@code >=1.2.0}; the Teilhabe host deliberately does not accept a later major version.)</li>
 * </ul>
 */
final class Anforderung {

    private record Vergleich(String operator, Semver version) {
        boolean erfuellt(Semver v) {
            int c = v.compareTo(version);
            return switch (operator) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case "=" -> c == 0;
                default -> throw new IllegalStateException(operator);
            };
        }
    }

    private final List<Vergleich> vergleiche;

    private Anforderung(List<Vergleich> vergleiche) {
        this.vergleiche = List.copyOf(vergleiche);
    }

    static Anforderung parse(String ausdruck) {
        List<Vergleich> liste = new ArrayList<>();
        for (String teil : ausdruck.split("&")) {
            String t = teil.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("leerer Teilausdruck");
            }
            liste.addAll(vergleicheAus(t));
        }
        return new Anforderung(liste);
    }

    private static List<Vergleich> vergleicheAus(String t) {
        for (String op : List.of(">=", "<=", ">", "<", "=")) {
            if (t.startsWith(op)) {
                return List.of(new Vergleich(op, Semver.parse(t.substring(op.length()))));
            }
        }
        String version = t.startsWith("^") ? t.substring(1) : t;
        Semver untergrenze = Semver.parse(version);
        return List.of(new Vergleich(">=", untergrenze), new Vergleich("<", untergrenze.naechsteInkompatible()));
    }

    boolean erfuelltVon(Semver version) {
        return vergleiche.stream().allMatch(v -> v.erfuellt(version));
    }
}
