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

/**
 * The rules for a Maßnahme beyond the constraints of {@link MassnahmeDaten} (Baustein, provider and at least one
 * Kommune given) and for the changes of its status.
 */
final class MassnahmenPruefung {

    private MassnahmenPruefung() {
    }

    static void pruefen(MassnahmeDaten d, Map<UUID, Baustein> bausteine, Set<UUID> traeger, Set<UUID> kommunen) {
        List<Feldfehler> fehler = new ArrayList<>();
        Baustein baustein = bausteine.get(d.bausteinId());
        if (baustein == null) {
            fehler.add(Feldfehler.verweis("bausteinId", "baustein.nicht.gefunden"));
        }
        if (!traeger.contains(d.traegerId())) {
            fehler.add(Feldfehler.verweis("traegerId", "traeger.nicht.gefunden"));
        }
        if (!kommunen.containsAll(d.kommunenOderLeer())) {
            fehler.add(Feldfehler.verweis("kommunen", "kommune.fremd"));
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

    /** A status change as entered: status and date, a reason where the change needs one is checked in sequence. */
    static void eingabe(Statuswechsel w) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (w.status() == null) {
            fehler.add(Feldfehler.von("status", "pflichtfeld"));
        }
        if (w.ab() == null) {
            fehler.add(Feldfehler.von("ab", "pflichtfeld"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    /**
     * The whole status history in date order must make sense: it begins planned, running or cancelled, and every step
     * is reachable from the one before ({@link Status#nachfolger}) with a reason where the step needs one.
     */
    static void verlauf(List<Statuseintrag> verlauf) {
        if (verlauf.isEmpty()) {
            throw FachlicherFehler.ungueltig("ab", "massnahme.status.leer");
        }
        Statuseintrag erster = verlauf.get(0);
        if (erster.status() == Status.UNTERBROCHEN || erster.status() == Status.BEENDET) {
            throw FachlicherFehler.ungueltig("status", "massnahme.status.anfang", erster.status());
        }
        for (int i = 1; i < verlauf.size(); i++) {
            Status vorher = verlauf.get(i - 1).status();
            Statuseintrag e = verlauf.get(i);
            if (!vorher.nachfolger().contains(e.status())) {
                throw FachlicherFehler.ungueltig("status", "massnahme.status.folge", vorher, e.status(), e.ab());
            }
            if (vorher.brauchtGrund(e.status()) && (e.grund() == null || e.grund().isBlank())) {
                throw FachlicherFehler.ungueltig("grund", "massnahme.status.grund", vorher, e.status());
            }
        }
    }
}
