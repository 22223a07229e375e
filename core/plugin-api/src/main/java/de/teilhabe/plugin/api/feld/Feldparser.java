package de.teilhabe.plugin.api.feld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the string form of field values (see {@link Feldtyp}); throws IllegalArgumentException. */
final class Feldparser {

    private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** German notation: a decimal comma, or dots grouping thousands in threes (not after a leading 0), or both. */
    private static final Pattern DEUTSCHE_ZAHL =
            Pattern.compile("[+-]?(\\d+,\\d+|[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?)");

    private Feldparser() {
    }

    static long ganzzahl(String wert) {
        try {
            return Long.parseLong(wert.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keine ganze Zahl");
        }
    }

    /**
     * A decimal as the offices write it ({@code 1.170.000,00}, {@code 80.000}, {@code 0,5}: the comma decimal, dots
     * group thousands in threes) or as a program sends it ({@code 1170000.00}, {@code 0.5}, {@code 0.500}: any other dot
     * is the decimal point). A misplaced group ({@code 1.17.000,00}) is no number.
     */
    static BigDecimal dezimal(String wert) {
        String w = wert.trim();
        String maschinell = DEUTSCHE_ZAHL.matcher(w).matches() ? w.replace(".", "").replace(',', '.') : w;
        try {
            return new BigDecimal(maschinell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keine Zahl");
        }
    }

    static LocalDate datum(String wert) {
        String w = wert.trim();
        try {
            return w.contains(".") ? LocalDate.parse(w, DEUTSCH) : LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)");
        }
    }

    static boolean jaNein(String wert) {
        return switch (wert.trim().toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> true;
            case "false", "nein" -> false;
            default -> throw new IllegalArgumentException("weder „ja“ noch „nein“");
        };
    }
}
