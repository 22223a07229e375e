package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The input rules of case management; each adds its field errors to the list it is given. */
final class TeilnehmerPruefung {

    private TeilnehmerPruefung() {
    }

    /**
     * Names, birth date (may be unknown, not in the future), a Kommune of the Kreis; {@code praefix} e.g.
     * "person.".
     */
    static void person(TeilnehmerDaten d, Set<UUID> eigeneKommunen, LocalDate heute, String praefix,
                       List<Feldfehler> fehler) {
        if (d == null) {
            fehler.add(Feldfehler.von(praefix.isEmpty() ? "person" : praefix.substring(0, praefix.length() - 1),
                    "pflichtfeld"));
            return;
        }
        if (leer(d.vorname())) {
            fehler.add(Feldfehler.von(praefix + "vorname", "pflichtfeld"));
        }
        if (leer(d.nachname())) {
            fehler.add(Feldfehler.von(praefix + "nachname", "pflichtfeld"));
        }
        if (d.geburtsdatum() != null && d.geburtsdatum().isAfter(heute)) {
            fehler.add(Feldfehler.von(praefix + "geburtsdatum", "teilnehmer.geburt.zukunft"));
        }
        if (d.kommuneId() == null) {
            fehler.add(Feldfehler.von(praefix + "kommuneId", "pflichtfeld"));
        } else if (!eigeneKommunen.contains(d.kommuneId())) {
            fehler.add(Feldfehler.verweis(praefix + "kommuneId", "kommune.fremd"));
        }
    }

    /** A residence entry: status and date, not before the birth date. */
    static void aufenthalt(AufenthaltDaten a, LocalDate geburtsdatum, String praefix, List<Feldfehler> fehler) {
        if (a == null) {
            fehler.add(Feldfehler.von(praefix.isEmpty() ? "aufenthalt" : praefix.substring(0, praefix.length() - 1),
                    "pflichtfeld"));
            return;
        }
        if (a.status() == null) {
            fehler.add(Feldfehler.von(praefix + "status", "pflichtfeld"));
        }
        if (a.ab() == null) {
            fehler.add(Feldfehler.von(praefix + "ab", "pflichtfeld"));
        } else if (geburtsdatum != null && a.ab().isBefore(geburtsdatum)) {
            fehler.add(Feldfehler.von(praefix + "ab", "teilnehmer.aufenthalt.vor.geburt"));
        } else if (a.ab().isAfter(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")))) {
            // the search keeps the newest entry as the current status: an entry dated ahead would count too early
            fehler.add(Feldfehler.von(praefix + "ab", "teilnehmer.aufenthalt.zukunft"));
        }
    }

    /** A work ban or exclusion fact: which, from when, an end not before the start and not before birth. */
    static void merkmal(MerkmalDaten m, LocalDate geburtsdatum, String praefix, List<Feldfehler> fehler) {
        if (m == null) {
            fehler.add(Feldfehler.von(praefix.isEmpty() ? "merkmal" : praefix.substring(0, praefix.length() - 1),
                    "pflichtfeld"));
            return;
        }
        if (m.merkmal() == null) {
            fehler.add(Feldfehler.von(praefix + "merkmal", "pflichtfeld"));
        }
        if (m.ab() == null) {
            fehler.add(Feldfehler.von(praefix + "ab", "pflichtfeld"));
        } else if (geburtsdatum != null && m.ab().isBefore(geburtsdatum)) {
            fehler.add(Feldfehler.von(praefix + "ab", "teilnehmer.datum.vor.geburt", m.ab(), geburtsdatum));
        } else if (m.bis() != null && m.bis().isBefore(m.ab())) {
            fehler.add(Feldfehler.von(praefix + "bis", "teilnehmer.ende.vor.beginn", m.ab()));
        }
    }

    /**
     * Intake of a person not in the target group: only where the program allows it, with reason and approver; a
     * verdict the rule cannot decide is recorded as an open clarification instead.
     */
    static void ausnahme(String grund, String genehmigtVon, Programmurteil urteil, List<Feldfehler> fehler) {
        boolean zielgruppe = "PRIMAER".equals(urteil.einstufung()) || "SEKUNDAER".equals(urteil.einstufung());
        if (zielgruppe || "NICHT_ENTSCHEIDBAR".equals(urteil.einstufung())) {
            return;
        }
        if (!urteil.ausnahmeZulaessig()) {
            fehler.add(Feldfehler.von("ausnahmeGrund", "teilnehmer.ausnahme.unzulaessig", urteil.programm(),
                    urteil.einstufungText(), String.join(" ", urteil.begruendungen())));
            return;
        }
        if (leer(grund)) {
            fehler.add(Feldfehler.von("ausnahmeGrund", "teilnehmer.ausnahme.pflicht"));
        }
        if (leer(genehmigtVon)) {
            fehler.add(Feldfehler.von("ausnahmeGenehmigtVon", "teilnehmer.ausnahme.pflicht"));
        }
    }

    /**
     * An assignment: a Maßnahme whose program is enabled and that was not cancelled or finished on the first day,
     * starting within its Baustein's period and not before its planned start; an assignment entered with its end has
     * a final outcome (an Abbruch with its reason). Whether a participation covers it is {@link Verlaufsregeln}'.
     */
    static void zuweisung(ZuweisungDaten d, TeilnehmerTabellen.MassnahmeRahmen m, Set<String> aktiveProgramme,
                          List<Feldfehler> fehler) {
        if (d.massnahmeId() == null) {
            fehler.add(Feldfehler.von("massnahmeId", "pflichtfeld"));
        } else if (m == null) {
            fehler.add(Feldfehler.verweis("massnahmeId", "massnahme.nicht.gefunden"));
        } else if (!aktiveProgramme.contains(m.programmId())) {
            fehler.add(Feldfehler.von("massnahmeId", "teilnehmer.zuweisung.baustein.nicht.aktiv", m.programmId()));
        } else if (Status.ABGESAGT.name().equals(m.status()) || Status.BEENDET.name().equals(m.status())) {
            fehler.add(Feldfehler.von("massnahmeId", "teilnehmer.zuweisung.massnahme.beendet"));
        }
        if (d.ab() == null) {
            fehler.add(Feldfehler.von("ab", "pflichtfeld"));
            return;
        }
        if (m != null && (d.ab().isBefore(m.beginn()) || d.ab().isAfter(m.ende()))) {
            fehler.add(Feldfehler.von("ab", "teilnehmer.zuweisung.ausserhalb", m.beginn(), m.ende()));
        } else if (m != null && m.geplanterStart() != null && d.ab().isBefore(m.geplanterStart())) {
            fehler.add(Feldfehler.von("ab", "teilnehmer.zuweisung.vor.start", m.geplanterStart()));
        }
        if (d.beendet()) {
            Zuweisungsende ende = new Zuweisungsende(d.ergebnis(), d.bis(), d.abbruchgrund());
            ende(ende, d.ab(), fehler);
        } else if (d.abbruchgrund() != null && !d.abbruchgrund().isBlank()) {
            fehler.add(Feldfehler.von("abbruchgrund", "teilnehmer.abbruch.ohne.ende"));
        }
    }

    /** The end of an assignment: a final outcome, not before the start, an Abbruch with its reason. */
    static void ende(Zuweisungsende e, LocalDate ab, List<Feldfehler> fehler) {
        if (e.ergebnis() == null) {
            fehler.add(Feldfehler.von("ergebnis", "pflichtfeld"));
        } else if (e.ergebnis() == Zuweisungsergebnis.LAUFEND) {
            fehler.add(Feldfehler.von("ergebnis", "teilnehmer.zuweisung.ergebnis"));
        } else if (e.ergebnis() == Zuweisungsergebnis.ABBRUCH && leer(e.abbruchgrund())) {
            fehler.add(Feldfehler.von("abbruchgrund", "teilnehmer.abbruch.grund"));
        }
        if (e.bis() == null) {
            fehler.add(Feldfehler.von("bis", "pflichtfeld"));
        } else if (e.bis().isBefore(ab)) {
            fehler.add(Feldfehler.von("bis", "teilnehmer.ende.vor.beginn", ab));
        }
    }

    static boolean leer(String text) {
        return text == null || text.isBlank();
    }
}
