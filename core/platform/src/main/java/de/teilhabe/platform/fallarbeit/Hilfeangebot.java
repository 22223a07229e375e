package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/** Services a case manager refers people to (Verweisberatung). Labels: {@code fallarbeit.hilfeangebot.<NAME>}. */
public enum Hilfeangebot {
    JUGENDMIGRATIONSDIENST,
    MIGRATIONSBERATUNG,
    JOBCENTER,
    AGENTUR_FUER_ARBEIT,
    THERAPIE,
    KITA,
    SCHULDNERBERATUNG,
    SPRACHKURS,
    SONSTIGES;

    public String text(Locale sprache) {
        return Meldungen.text("fallarbeit.hilfeangebot." + name(), sprache);
    }
}
