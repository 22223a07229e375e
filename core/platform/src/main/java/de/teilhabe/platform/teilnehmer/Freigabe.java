package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** The ABH's clearance (Freigabebestätigung) of a program participation: requested, confirmed, refused. */
public enum Freigabe {
    ANGEFRAGT, BESTAETIGT, ABGELEHNT;

    /** The label in the given language (German by default). */
    public String text(Locale locale) {
        return Meldungen.text("teilnehmer.freigabe." + name(), locale);
    }
}
