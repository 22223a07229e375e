package de.teilhabe.ui.bericht;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the council tables print them: counts (1.234; suppressed: „·“) and posts (3,0). */
final class Zahl {
    private Zahl() {
    }

    /** Posts in full-time equivalents as the council papers print them (3,0; 0,5). */
    static String stellen(java.math.BigDecimal wert) {
        if (wert == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(3);
        return f.format(wert);
    }

    static String text(Integer wert) {
        return wert == null ? "·" : NumberFormat.getIntegerInstance(Locale.GERMANY).format(wert);
    }
}
