package de.teilhabe.platform.fehler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One invalid input field: the field's path (e.g. {@code kommunen[2].name}) and a message code. */
public record Feldfehler(String feld, String code, List<Object> argumente) {

    public Feldfehler {
        argumente = Collections.unmodifiableList(new ArrayList<>(argumente));
    }

    public static Feldfehler von(String feld, String code, Object... argumente) {
        return new Feldfehler(feld, code, Arrays.asList(argumente));
    }

    public String text(Locale locale) {
        return Meldungen.text(code, locale, argumente.toArray());
    }

    String text(Locale locale, Eingaben eingaben) {
        return Meldungen.text(code, locale, eingaben.argumente(argumente));
    }
}
