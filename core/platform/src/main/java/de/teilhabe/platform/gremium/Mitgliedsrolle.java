package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Role of a member (and of a seat) in a Gremium. Labels: message keys {@code gremium.mitgliedsrolle.<NAME>}. */
public enum Mitgliedsrolle {
    VORSITZ,
    GESCHAEFTSFUEHRUNG,
    MITGLIED,
    VERTRETUNG;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.mitgliedsrolle." + name(), sprache);
    }
}
