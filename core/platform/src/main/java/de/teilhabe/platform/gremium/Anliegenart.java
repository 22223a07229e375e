package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Kind of need (Anliegen) raised in a Gremium. Labels: message keys {@code gremium.anliegenart.<NAME>}. */
public enum Anliegenart {
    VERSORGUNGSLUECKE,
    VERFAHRENSPROBLEM,
    BEDARF,
    SONSTIGES;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.anliegenart." + name(), sprache);
    }
}
