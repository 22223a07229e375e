package de.teilhabe.plugin.api.feld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parses the string form of field values (see {@link Feldtyp}); throws IllegalArgumentException. */
final class Feldparser {

    private static final DateTimeFormatter DEUTSCH = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Feldparser() {
    }

    static long ganzzahl(String wert) {
        try {
            return Long.parseLong(wert.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keine ganze Zahl");
        }
    }

    static BigDecimal dezimal(String wert) {
        try {
            return new BigDecimal(wert.trim().replace(',', '.'));
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
