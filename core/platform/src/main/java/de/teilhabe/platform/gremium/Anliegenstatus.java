package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/**
 * Where an Anliegen stands, derived from its thread: reported, on an agenda, decided, all tasks done.
 * Labels: message keys {@code gremium.anliegenstatus.<NAME>}.
 */
public enum Anliegenstatus {
    GEMELDET,
    IN_VORBEREITUNG,
    ENTSCHIEDEN,
    UMGESETZT;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.anliegenstatus." + name(), sprache);
    }
}
