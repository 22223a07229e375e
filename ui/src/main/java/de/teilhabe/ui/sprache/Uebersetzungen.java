package de.teilhabe.ui.sprache;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI texts from the bundles {@code de/teilhabe/ui/texte_de} and {@code _en}; German is the default. */
@Singleton
public class Uebersetzungen implements I18NProvider {
    public static final Locale DEUTSCH = Locale.GERMAN;
    public static final Locale ENGLISCH = Locale.ENGLISH;
    public static final String BUNDLE = "de.teilhabe.ui.texte";
    private static final Logger LOG = LoggerFactory.getLogger(Uebersetzungen.class);
    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DEUTSCH, ENGLISCH);
    }

    @Override
    public String getTranslation(String schluessel, Locale sprache, Object... parameter) {
        Locale s = unterstuetzt(sprache);
        try {
            String text = ResourceBundle.getBundle(BUNDLE, s, OHNE_RUECKFALL).getString(schluessel);
            return parameter.length == 0 ? text : new MessageFormat(text, s).format(parameter);
        } catch (MissingResourceException e) {
            LOG.warn("Fehlender UI-Text '{}' für {}", schluessel, s);
            return "!" + schluessel + "!";
        }
    }

    /** The supported language closest to the given one: English only if asked for, else German. */
    public static Locale unterstuetzt(Locale sprache) {
        return sprache != null && ENGLISCH.getLanguage().equals(sprache.getLanguage()) ? ENGLISCH : DEUTSCH;
    }
}
