package de.teilhabe.platform.dokument;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How table cells read in German text (PDF, CSV, the screen): 1.234 · 3,0 · 1.170.000,00 € · 20,0 % · 31.03.2021. */
public final class Zellen {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Zellen() {
    }

    public static String text(Object zelle) {
        if (zelle == null) {
            return "";
        }
        if (zelle instanceof Integer || zelle instanceof Long) {
            return NumberFormat.getIntegerInstance(Locale.GERMANY).format(zelle);
        }
        if (zelle instanceof BigDecimal d) {
            return dezimal(d, 1, 3);
        }
        if (zelle instanceof Dokument.Geld g) {
            return dezimal(g.betrag(), 2, 2) + " €";
        }
        if (zelle instanceof Dokument.Prozent p) {
            return dezimal(p.wert(), 1, 2) + " %";
        }
        if (zelle instanceof LocalDate d) {
            return DATUM.format(d);
        }
        return zelle.toString();
    }

    /** Whether the cell is a number (aligned right in PDF, numeric in XLSX). */
    static boolean zahl(Object zelle) {
        return zelle instanceof Number || zelle instanceof Dokument.Geld || zelle instanceof Dokument.Prozent;
    }

    private static String dezimal(BigDecimal wert, int mindestens, int hoechstens) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(mindestens);
        f.setMaximumFractionDigits(hoechstens);
        return f.format(wert);
    }
}
