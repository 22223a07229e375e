package de.teilhabe.platform.fehler;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message texts for codes, German by default, English on request; dates as 31.03.2021. */
public final class Meldungen {

    private static final String BUNDLE = "i18n.meldungen";
    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Meldungen() {
    }

    public static String text(String code, Locale locale, Object... argumente) {
        Locale sprache = locale == null ? Locale.GERMAN : locale;
        try {
            String muster = ResourceBundle.getBundle(BUNDLE, sprache, OHNE_RUECKFALL).getString(code);
            Object[] werte = Arrays.stream(argumente)
                    .map(a -> a instanceof LocalDate d ? DATUM.format(d) : a)
                    .toArray();
            return new MessageFormat(muster, sprache).format(werte);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
