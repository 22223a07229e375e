package de.teilhabe.platform.fehler;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Message texts for codes, German by default, English on request. */
public final class Meldungen {

    private static final String BUNDLE = "i18n.meldungen";
    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Meldungen() {
    }

    public static String text(String code, Locale locale, Object... argumente) {
        Locale sprache = locale == null ? Locale.GERMAN : locale;
        try {
            String muster = ResourceBundle.getBundle(BUNDLE, sprache, OHNE_RUECKFALL).getString(code);
            return new MessageFormat(muster, sprache).format(argumente);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
