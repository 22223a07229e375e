package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Feldfehler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Euros and cents: amounts are BigDecimal with scale 2, never negative, at most 999.999.999.999,99 €. Messages
 * format them with {@code {0,number,#,##0.00} €}, so German texts read "1.170.000,00 €".
 */
final class Geld {

    static final BigDecimal NULL = new BigDecimal("0.00");
    static final BigDecimal HOECHSTENS = new BigDecimal("999999999999.99");

    private Geld() {
    }

    /** Adds the field error of an amount, if any (that it is given is a constraint of the record). */
    static void pruefen(String feld, BigDecimal betrag, List<Feldfehler> fehler) {
        if (betrag.signum() < 0) {
            fehler.add(Feldfehler.von(feld, "betrag.negativ"));
        } else if (betrag.stripTrailingZeros().scale() > 2) {
            fehler.add(Feldfehler.von(feld, "finanzierung.betrag.cent"));
        } else if (betrag.compareTo(HOECHSTENS) > 0) {
            fehler.add(Feldfehler.von(feld, "finanzierung.betrag.zu.gross"));
        }
    }

    /** The checked amount with scale 2. */
    static BigDecimal cent(BigDecimal betrag) {
        return betrag.setScale(2, RoundingMode.UNNECESSARY);
    }
}
