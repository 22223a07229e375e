package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Meldungen;
import java.util.Locale;

/**
 * How a referral turned out, as the committee figures count it: the person was placed with the service (e.g. a KITA
 * place, a therapy begun), it did not come about, or something else (the note says what). Labels:
 * {@code fallarbeit.verweisungsergebnis.<NAME>}.
 */
public enum Verweisungsergebnis {
    VERMITTELT, NICHT_ZUSTANDE_GEKOMMEN, SONSTIGES;

    public String text(Locale sprache) {
        return Meldungen.text("fallarbeit.verweisungsergebnis." + name(), sprache);
    }
}
