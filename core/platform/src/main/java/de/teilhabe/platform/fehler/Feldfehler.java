package de.teilhabe.platform.fehler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One invalid input field: the field's path (e.g. {@code kommunen[2].name}), a message code and what kind of failure
 * it is — {@link Art#UNGUELTIG} for input that breaks its form or a rule, {@link Art#NICHT_VERARBEITBAR} for
 * well-formed input naming something that does not exist (an unknown id), {@link Art#KONFLIKT} for a value another
 * stored record already holds (a name taken).
 */
public record Feldfehler(String feld, String code, List<Object> argumente, Art art) {

    public Feldfehler {
        argumente = Collections.unmodifiableList(new ArrayList<>(argumente));
    }

    public Feldfehler(String feld, String code, List<Object> argumente) {
        this(feld, code, argumente, Art.UNGUELTIG);
    }

    public static Feldfehler von(String feld, String code, Object... argumente) {
        return new Feldfehler(feld, code, Arrays.asList(argumente));
    }

    /** A field that refers to something unknown in this Kreis: a well-formed id of nothing. */
    public static Feldfehler verweis(String feld, String code, Object... argumente) {
        return new Feldfehler(feld, code, Arrays.asList(argumente), Art.NICHT_VERARBEITBAR);
    }

    /** A field whose value another stored record of the Kreis already holds, e.g. a name taken. */
    public static Feldfehler vergeben(String feld, String code, Object... argumente) {
        return new Feldfehler(feld, code, Arrays.asList(argumente), Art.KONFLIKT);
    }

    public String text(Locale locale) {
        return Meldungen.text(code, locale, argumente.toArray());
    }

    String text(Locale locale, Eingaben eingaben) {
        return Meldungen.text(code, locale, eingaben.argumente(argumente));
    }
}
