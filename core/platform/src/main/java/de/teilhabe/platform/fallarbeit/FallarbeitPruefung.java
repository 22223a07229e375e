package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for goals, notes and referrals beyond the constraints of their records (which require the texts and
 * days): dates in order, not before the intake and not far ahead.
 */
final class FallarbeitPruefung {

    static final int MAX_TEXT = 4000;

    private FallarbeitPruefung() {
    }

    static void ziel(ZielDaten d, LocalDate aufnahme) {
        List<Feldfehler> fehler = new ArrayList<>();
        datum(d.vereinbartAm(), "vereinbartAm", aufnahme, fehler);
        if (d.zieldatum() != null && d.vereinbartAm() != null && d.zieldatum().isBefore(d.vereinbartAm())) {
            fehler.add(Feldfehler.von("zieldatum", "zeitraum.ende.vor.beginn"));
        }
        boolean abgeschlossen = d.status() == Zielstatus.ERREICHT || d.status() == Zielstatus.NICHT_ERREICHT;
        if (abgeschlossen && d.erreichtAm() == null) {
            fehler.add(Feldfehler.von("erreichtAm", "fallarbeit.ziel.abschluss.datum"));
        } else if (!abgeschlossen && d.erreichtAm() != null) {
            fehler.add(Feldfehler.von("erreichtAm", "fallarbeit.ziel.offen.mit.datum"));
        } else if (d.erreichtAm() != null && d.vereinbartAm() != null && d.erreichtAm().isBefore(d.vereinbartAm())) {
            fehler.add(Feldfehler.von("erreichtAm", "zeitraum.ende.vor.beginn"));
        }
        werfen(fehler);
    }

    static void notiz(NotizDaten d, LocalDate aufnahme) {
        List<Feldfehler> fehler = new ArrayList<>();
        datum(d.am(), "am", aufnahme, fehler);
        werfen(fehler);
    }

    static void verweisung(VerweisungDaten d, LocalDate aufnahme) {
        List<Feldfehler> fehler = new ArrayList<>();
        datum(d.am(), "am", aufnahme, fehler);
        boolean mitErgebnis = d.ergebnisart() != null;
        if (mitErgebnis != (d.ergebnisAm() != null)) {
            fehler.add(Feldfehler.von(mitErgebnis ? "ergebnisAm" : "ergebnisart", "fallarbeit.verweisung.ergebnis.paar"));
        } else if (!mitErgebnis && d.ergebnis() != null && !d.ergebnis().isBlank()) {
            fehler.add(Feldfehler.von("ergebnisart", "fallarbeit.verweisung.ergebnis.paar"));
        } else if (d.ergebnisAm() != null && d.am() != null && d.ergebnisAm().isBefore(d.am())) {
            fehler.add(Feldfehler.von("ergebnisAm", "zeitraum.ende.vor.beginn"));
        }
        werfen(fehler);
    }

    private static void datum(LocalDate datum, String feld, LocalDate aufnahme, List<Feldfehler> fehler) {
        if (aufnahme != null && datum.isBefore(aufnahme)) {
            fehler.add(Feldfehler.von(feld, "fallarbeit.vor.aufnahme", aufnahme));
        } else if (datum.isAfter(LocalDate.now().plusYears(5))) {
            fehler.add(Feldfehler.von(feld, "fallarbeit.datum.unplausibel"));
        }
    }

    private static void werfen(List<Feldfehler> fehler) {
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }
}
