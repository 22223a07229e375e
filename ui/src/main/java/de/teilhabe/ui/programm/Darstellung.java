package de.teilhabe.ui.programm;

import de.teilhabe.ui.sprache.Uebersetzungen;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers and date pickers as the offices write them: 3,0 Stellen, 31.03.2021 (English on request). */
final class Darstellung {
    private Darstellung() {
    }

    /** A number with the decimals it carries (3.0 → "3,0", 47 → "47"), German unless English is asked for. */
    static String zahl(BigDecimal wert, Locale sprache) {
        if (wert == null) {
            return "";
        }
        boolean englisch = Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH;
        NumberFormat format = NumberFormat.getNumberInstance(englisch ? Locale.UK : Locale.GERMANY);
        int stellen = Math.max(wert.scale(), 0);
        format.setMinimumFractionDigits(stellen);
        format.setMaximumFractionDigits(stellen);
        return format.format(wert);
    }
}
