package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Kind of a Gremium. Labels: message keys {@code gremium.gremiumtyp.<NAME>}. */
public enum GremiumTyp {
    LENKUNGSGRUPPE,
    BUENDNISKERNGRUPPE,
    ARBEITSGRUPPE,
    AUSTAUSCHRUNDE,
    SONSTIGE;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.gremiumtyp." + name(), sprache);
    }
}
