package de.teilhabe.plugin.api.feld;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed field a plugin adds to cases (or to its per-Kreis settings). The host renders, stores and
 * validates it; see {@link Feldpruefung} for the validation the host applies.
 *
 * <p>Build with the factories and the {@code mit…}/{@code alsPflichtfeld()} copies, e.g.
 * {@code Felddefinition.datum("abh.freigabe.datum", "Datum der Freigabebestätigung").inPhase(AUFNAHME)}.
 *
 * @param schluessel   stable key, lower case with dots/dashes, unique within the plugin
 * @param bezeichnung  German label
 * @param typ          value type
 * @param pflicht      whether a value is required
 * @param phase        case step the field belongs to
 * @param auswahlwerte allowed values for {@link Feldtyp#AUSWAHL} (each value is also its label)
 * @param minimum      inclusive lower bound for numbers
 * @param maximum      inclusive upper bound for numbers
 * @param maxLaenge    maximum length for text
 * @param hilfetext    German help text (may be empty)
 */
public record Felddefinition(String schluessel, String bezeichnung, Feldtyp typ, boolean pflicht, Fallphase phase,
                             List<String> auswahlwerte, Optional<BigDecimal> minimum,
                             Optional<BigDecimal> maximum, Optional<Integer> maxLaenge, String hilfetext) {

    private static final Pattern SCHLUESSEL = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    public Felddefinition {
        Objects.requireNonNull(schluessel, "schluessel");
        if (!SCHLUESSEL.matcher(schluessel).matches()) {
            throw new IllegalArgumentException("Feldschlüssel „" + schluessel + "“: Kleinbuchstaben, Ziffern, Punkte, Bindestriche");
        }
        Objects.requireNonNull(bezeichnung, "bezeichnung");
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(phase, "phase");
        auswahlwerte = List.copyOf(auswahlwerte);
        if (typ == Feldtyp.AUSWAHL && auswahlwerte.isEmpty()) {
            throw new IllegalArgumentException("Auswahlfeld „" + schluessel + "“ ohne Auswahlwerte");
        }
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(maxLaenge, "maxLaenge");
        hilfetext = hilfetext == null ? "" : hilfetext;
    }

    private static Felddefinition neu(String schluessel, String bezeichnung, Feldtyp typ, List<String> auswahl) {
        return new Felddefinition(schluessel, bezeichnung, typ, false, Fallphase.BETREUUNG, auswahl,
                Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    public static Felddefinition text(String schluessel, String bezeichnung) {
        return neu(schluessel, bezeichnung, Feldtyp.TEXT, List.of());
    }

    public static Felddefinition ganzzahl(String schluessel, String bezeichnung) {
        return neu(schluessel, bezeichnung, Feldtyp.GANZZAHL, List.of());
    }

    public static Felddefinition dezimal(String schluessel, String bezeichnung) {
        return neu(schluessel, bezeichnung, Feldtyp.DEZIMAL, List.of());
    }

    public static Felddefinition datum(String schluessel, String bezeichnung) {
        return neu(schluessel, bezeichnung, Feldtyp.DATUM, List.of());
    }

    public static Felddefinition jaNein(String schluessel, String bezeichnung) {
        return neu(schluessel, bezeichnung, Feldtyp.JA_NEIN, List.of());
    }

    public static Felddefinition auswahl(String schluessel, String bezeichnung, List<String> werte) {
        return neu(schluessel, bezeichnung, Feldtyp.AUSWAHL, werte);
    }

    /** Copy that requires a value. */
    public Felddefinition alsPflichtfeld() {
        return new Felddefinition(schluessel, bezeichnung, typ, true, phase, auswahlwerte, minimum, maximum,
                maxLaenge, hilfetext);
    }

    /** Copy in the given case step. */
    public Felddefinition inPhase(Fallphase neuePhase) {
        return new Felddefinition(schluessel, bezeichnung, typ, pflicht, neuePhase, auswahlwerte, minimum, maximum,
                maxLaenge, hilfetext);
    }

    /** Copy with inclusive numeric bounds (either may be {@code null}). */
    public Felddefinition zwischen(BigDecimal min, BigDecimal max) {
        return new Felddefinition(schluessel, bezeichnung, typ, pflicht, phase, auswahlwerte,
                Optional.ofNullable(min), Optional.ofNullable(max), maxLaenge, hilfetext);
    }

    /** Copy with a maximum text length. */
    public Felddefinition hoechstens(int zeichen) {
        return new Felddefinition(schluessel, bezeichnung, typ, pflicht, phase, auswahlwerte, minimum, maximum,
                Optional.of(zeichen), hilfetext);
    }

    /** Copy with a help text. */
    public Felddefinition mitHilfe(String text) {
        return new Felddefinition(schluessel, bezeichnung, typ, pflicht, phase, auswahlwerte, minimum, maximum,
                maxLaenge, text);
    }
}
