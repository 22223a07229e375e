package de.teilhabe.platform.massnahme;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules for a Maßnahme and for the changes of its status. */
final class MassnahmenPruefung {

    private MassnahmenPruefung() {
    }

    static void pruefen(MassnahmeDaten d, Map<UUID, Baustein> bausteine, Set<UUID> traeger, Set<UUID> kommunen) {
        List<Feldfehler> fehler = new ArrayList<>();
        Baustein baustein = d.bausteinId() == null ? null : bausteine.get(d.bausteinId());
        if (d.bausteinId() == null) {
            fehler.add(Feldfehler.von("bausteinId", "pflichtfeld"));
        } else if (baustein == null) {
            fehler.add(Feldfehler.von("bausteinId", "baustein.nicht.gefunden"));
        }
        if (d.traegerId() == null) {
            fehler.add(Feldfehler.von("traegerId", "pflichtfeld"));
        } else if (!traeger.contains(d.traegerId())) {
            fehler.add(Feldfehler.von("traegerId", "traeger.nicht.gefunden"));
        }
        if (d.kommunenOderLeer().isEmpty()) {
            fehler.add(Feldfehler.von("kommunen", "massnahme.kommunen.leer"));
        } else if (!kommunen.containsAll(d.kommunenOderLeer())) {
            fehler.add(Feldfehler.von("kommunen", "kommune.fremd"));
        } else if (new HashSet<>(d.kommunenOderLeer()).size() != d.kommunenOderLeer().size()) {
            fehler.add(Feldfehler.von("kommunen", "massnahme.kommunen.doppelt"));
        }
        if (d.kapazitaet() != null && d.kapazitaet() < 0) {
            fehler.add(Feldfehler.von("kapazitaet", "zahl.negativ"));
        }
        if (baustein != null && d.geplanterStart() != null
                && (d.geplanterStart().isBefore(baustein.beginn()) || d.geplanterStart().isAfter(baustein.ende()))) {
            fehler.add(Feldfehler.von("geplanterStart", "massnahme.start.ausserhalb", baustein.beginn(), baustein.ende()));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    /** A new Maßnahme starts planned, running, or — entering history — cancelled with its reason. */
    static void pruefenAnfang(Statuswechsel w) {
        if (w.status() == Status.UNTERBROCHEN || w.status() == Status.BEENDET) {
            throw FachlicherFehler.ungueltig("status", "massnahme.status.anfang", w.status());
        }
        if (w.ab() == null) {
            throw FachlicherFehler.ungueltig("ab", "pflichtfeld");
        }
        if (w.status() == Status.ABGESAGT && (w.grund() == null || w.grund().isBlank())) {
            throw FachlicherFehler.ungueltig("grund", "massnahme.status.grund", Status.GEPLANT, Status.ABGESAGT);
        }
    }

    /** A status change must follow the previous one in time and make sense from the current status. */
    static void pruefen(Statuswechsel w, Status aktuell, Statuseintrag letzter) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (w.status() == null) {
            fehler.add(Feldfehler.von("status", "pflichtfeld"));
        } else if (!aktuell.nachfolger().contains(w.status())) {
            fehler.add(Feldfehler.von("status", "massnahme.status.unmoeglich", aktuell, w.status()));
        } else if (aktuell.brauchtGrund(w.status()) && (w.grund() == null || w.grund().isBlank())) {
            fehler.add(Feldfehler.von("grund", "massnahme.status.grund", aktuell, w.status()));
        }
        if (w.ab() == null) {
            fehler.add(Feldfehler.von("ab", "pflichtfeld"));
        } else if (letzter != null && w.ab().isBefore(letzter.ab())) {
            fehler.add(Feldfehler.von("ab", "massnahme.status.zu.frueh", letzter.ab()));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }
}
