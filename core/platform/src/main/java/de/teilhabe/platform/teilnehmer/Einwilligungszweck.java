package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** The purposes a participant consents to: the state's GIB database, the client file, data exchange with the ABH, the Kommunen and the providers. */
public enum Einwilligungszweck {
    GIB_DATENBANK, KLIENTENDATEI, AUSTAUSCH_ABH, AUSTAUSCH_KOMMUNE, AUSTAUSCH_TRAEGER;

    /** The label in the given language (German by default). */
    public String text(Locale locale) {
        return Meldungen.text("teilnehmer.einwilligungszweck." + name(), locale);
    }
}
