package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.List;

/** Period checks shared by the funding rules; all periods include both days. */
final class Zeitraeume {

    private Zeitraeume() {
    }

    /**
     * The end not before the start (both given: a constraint of the records); returns whether the period is
     * usable.
     */
    static boolean pruefen(LocalDate beginn, LocalDate ende, List<Feldfehler> fehler) {
        if (ende.isBefore(beginn)) {
            fehler.add(Feldfehler.von("ende", "zeitraum.ende.vor.beginn"));
            return false;
        }
        return true;
    }

    static boolean ueberschneiden(LocalDate beginnA, LocalDate endeA, LocalDate beginnB, LocalDate endeB) {
        return !endeA.isBefore(beginnB) && !endeB.isBefore(beginnA);
    }

    static boolean enthaelt(LocalDate beginnAussen, LocalDate endeAussen, LocalDate beginn, LocalDate ende) {
        return !beginn.isBefore(beginnAussen) && !ende.isAfter(endeAussen);
    }

    static boolean jahrIn(int jahr, LocalDate beginn, LocalDate ende) {
        return jahr >= beginn.getYear() && jahr <= ende.getYear();
    }
}
