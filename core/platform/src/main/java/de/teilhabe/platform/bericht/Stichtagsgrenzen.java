package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The cut-off dates a report can have: from 01.01.2000 — well before any of the programs (the funding tables accept
 * years from 2000 on as well) — to ten years from today, room for a planning horizon. Anything outside (0000-01-01,
 * 9999-12-31, +10000-01-01) is a typing error, refused before any query runs.
 */
final class Stichtagsgrenzen {

    static final LocalDate FRUEHESTENS = LocalDate.of(2000, 1, 1);
    static final int JAHRE_VORAUS = 10;
    private static final ZoneId ZEITZONE = ZoneId.of("Europe/Berlin");

    private Stichtagsgrenzen() {
    }

    /** Refuses {@code stichtag} on the field {@code stichtag} unless it lies within the bounds (both included). */
    static void pruefen(LocalDate stichtag) {
        LocalDate spaetestens = LocalDate.now(ZEITZONE).plusYears(JAHRE_VORAUS);
        if (stichtag.isBefore(FRUEHESTENS) || stichtag.isAfter(spaetestens)) {
            // years outside 1..9999 are shown as entered: 31.12.9999 reads well, „01.01.0001“ for 0000-01-01 would not
            Object eingabe = stichtag.getYear() >= 1 && stichtag.getYear() <= 9999 ? stichtag : stichtag.toString();
            throw FachlicherFehler.ungueltig("stichtag", "bericht.stichtag.ausserhalb", eingabe, FRUEHESTENS,
                    spaetestens);
        }
    }
}
