package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/**
 * Level of a Gremium in a program's steering structure, from top to bottom (as in the plugin API).
 * Labels: message keys {@code gremium.ebene.<NAME>}.
 */
public enum Ebene {
    STEUERUNG,
    KOORDINATION,
    STRUKTUR,
    FALL,
    ARBEIT;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.ebene." + name(), sprache);
    }
}
