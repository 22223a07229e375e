package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/**
 * Why a participation ended, as the committee figures count it (seed 000: „aufgrund mangelnder Mitwirkung, fehlender
 * Kontaktaufnahme-Möglichkeiten …“); the free-text reason says more. {@link #FREIGABE_VERWEIGERT} is set by the
 * platform when the Ausländerbehörde refuses the clearance.
 */
public enum Abmeldeart {
    MANGELNDE_MITWIRKUNG, NICHT_ERREICHBAR, AUSBILDUNG_ODER_ARBEIT, WEGZUG, ZIEL_ERREICHT, FREIGABE_VERWEIGERT,
    SONSTIGES;

    /** The label in the given language (German by default). */
    public String text(Locale locale) {
        return Meldungen.text("teilnehmer.abmeldeart." + name(), locale);
    }
}
