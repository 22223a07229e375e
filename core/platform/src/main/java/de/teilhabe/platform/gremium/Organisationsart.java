package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Kind of organisation a member comes from. Labels: message keys {@code gremium.organisationsart.<NAME>}. */
public enum Organisationsart {
    KOMMUNE,
    BEHOERDE,
    MASSNAHMETRAEGER,
    WOHLFAHRTSVERBAND,
    WIRTSCHAFT,
    KREISVERWALTUNG,
    SONSTIGE;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.organisationsart." + name(), sprache);
    }
}
