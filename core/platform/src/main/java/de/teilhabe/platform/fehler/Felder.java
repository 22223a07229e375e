package de.teilhabe.platform.fehler;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The label a user knows a field by — „Geburtsdatum“ for {@code geburtsdatum}, „Programm“ for
 * {@code daten.programmId}, in German or English — from the bundle {@code i18n/felder}; the last part of the path
 * decides ({@code kommunen[2].name} is „Name“). A field without a label keeps its name.
 */
public final class Felder {

    private static final ResourceBundle.Control OHNE_RUECKFALL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Felder() {
    }

    public static String label(String feld, Locale sprache) {
        if (feld == null || feld.isBlank()) {
            return "";
        }
        String name = feld.replaceAll("\\[\\d*]", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        name = name.substring(name.lastIndexOf('/') + 1);
        try {
            return ResourceBundle.getBundle("i18n.felder", sprache == null ? Locale.GERMAN : sprache, OHNE_RUECKFALL)
                    .getString(name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}
