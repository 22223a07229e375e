package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** The outcome of an assignment to a Maßnahme: running, completed, dropped out (Abbruch, with a reason). */
public enum Zuweisungsergebnis {
    LAUFEND, ABGESCHLOSSEN, ABBRUCH;

    /** The label in the given language (German by default). */
    public String text(Locale locale) {
        return Meldungen.text("teilnehmer.zuweisungsergebnis." + name(), locale);
    }
}
