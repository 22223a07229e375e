package de.teilhabe.plugin.api.feld;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validation of string field values against {@link Felddefinition}s, shared by host and plugins so both
 * give the same messages.
 *
 * <p>Checks, per field: required value present; value parses as the field's {@link Feldtyp}; numbers within
 * {@code minimum}/{@code maximum}; text not longer than {@code maxLaenge}; choice among
 * {@code auswahlwerte}. Keys without a definition are reported as {@code feld.unbekannt}.
 */
public final class Feldpruefung {

    private Feldpruefung() {
    }

    /** Returns all problems, in the order of the definitions (unknown keys last). */
    public static List<Validierungsfehler> pruefe(List<Felddefinition> definitionen, Map<String, String> werte) {
        List<Validierungsfehler> fehler = new ArrayList<>();
        for (Felddefinition d : definitionen) {
            String wert = werte.get(d.schluessel());
            if (wert == null || wert.isBlank()) {
                if (d.pflicht()) {
                    fehler.add(new Validierungsfehler(d.schluessel(), "feld.pflicht",
                            "„" + d.bezeichnung() + "“ ist ein Pflichtfeld."));
                }
                continue;
            }
            pruefeWert(d, wert).ifPresent(fehler::add);
        }
        Set<String> bekannt = definitionen.stream().map(Felddefinition::schluessel).collect(Collectors.toSet());
        werte.keySet().stream().filter(k -> !bekannt.contains(k)).sorted().forEach(k -> fehler.add(
                new Validierungsfehler(k, "feld.unbekannt", "Das Feld „" + k + "“ ist nicht vorgesehen.")));
        return List.copyOf(fehler);
    }

    private static Optional<Validierungsfehler> pruefeWert(Felddefinition d, String wert) {
        try {
            switch (d.typ()) {
                case TEXT -> {
                    if (d.maxLaenge().isPresent() && wert.length() > d.maxLaenge().get()) {
                        return fehler(d, "feld.laenge", "darf höchstens " + d.maxLaenge().get() + " Zeichen lang sein");
                    }
                }
                case GANZZAHL -> {
                    return grenzen(d, BigDecimal.valueOf(Feldparser.ganzzahl(wert)));
                }
                case DEZIMAL -> {
                    return grenzen(d, Feldparser.dezimal(wert));
                }
                case DATUM -> Feldparser.datum(wert);
                case JA_NEIN -> Feldparser.jaNein(wert);
                case AUSWAHL -> {
                    if (!d.auswahlwerte().contains(wert)) {
                        return fehler(d, "feld.auswahl", "muss einer der Werte " + String.join(", ", d.auswahlwerte()) + " sein");
                    }
                }
                default -> throw new IllegalStateException(d.typ().name());
            }
        } catch (IllegalArgumentException e) {
            return fehler(d, "feld.typ." + d.typ().name().toLowerCase(Locale.ROOT),
                    "„" + wert + "“ ist " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<Validierungsfehler> grenzen(Felddefinition d, BigDecimal zahl) {
        if (d.minimum().isPresent() && zahl.compareTo(d.minimum().get()) < 0) {
            return fehler(d, "feld.minimum", "darf nicht kleiner als " + d.minimum().get().toPlainString() + " sein");
        }
        if (d.maximum().isPresent() && zahl.compareTo(d.maximum().get()) > 0) {
            return fehler(d, "feld.maximum", "darf nicht größer als " + d.maximum().get().toPlainString() + " sein");
        }
        return Optional.empty();
    }

    private static Optional<Validierungsfehler> fehler(Felddefinition d, String code, String text) {
        return Optional.of(new Validierungsfehler(d.schluessel(), code, "„" + d.bezeichnung() + "“: " + text + "."));
    }
}
