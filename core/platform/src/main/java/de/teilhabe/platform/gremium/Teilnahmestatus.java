package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Attendance of a member at a meeting. Labels: message keys {@code gremium.teilnahmestatus.<NAME>}. */
public enum Teilnahmestatus {
    ANWESEND,
    ENTSCHULDIGT,
    UNENTSCHULDIGT;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.teilnahmestatus." + name(), sprache);
    }
}
