package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Progress of a task (Auftrag). Labels: message keys {@code gremium.auftragsstatus.<NAME>}. */
public enum Auftragsstatus {
    OFFEN,
    IN_ARBEIT,
    ERLEDIGT;

    /** The label in the given language (German by default). */
    public String text(Locale sprache) {
        return Meldungen.text("gremium.auftragsstatus." + name(), sprache);
    }
}
