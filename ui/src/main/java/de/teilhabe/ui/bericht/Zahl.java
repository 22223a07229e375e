package de.teilhabe.ui.bericht;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as the council tables print them (1.234); a suppressed count as „·“. */
final class Zahl {
    private Zahl() {
    }

    static String text(Integer wert) {
        return wert == null ? "·" : NumberFormat.getIntegerInstance(Locale.GERMANY).format(wert);
    }
}
