package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The input rules of case management beyond the constraints of the request records (the fields every entry needs are
 * {@code @NotNull}/{@code @NotBlank} there); each adds its field errors to the list it is given and skips what is
 * missing, so that an import row, which collects the constraint errors first, is not told twice.
 */
final class TeilnehmerPruefung {

    private TeilnehmerPruefung() {
    }

    /**
     * Birth date (may be unknown, not in the future) and a Kommune of the Kreis — required here rather than on
     * {@link TeilnehmerDaten}, because only the intake needs it (a change of the person's data keeps the Kommune);
     * {@code praefix} e.g. "person.".
     */
    static void person(TeilnehmerDaten d, Set<UUID> eigeneKommunen, LocalDate heute, String praefix,
                       List<Feldfehler> fehler) {
        if (d == null) {
            return;
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

    /** A residence entry: not before the birth date, not ahead of today. */
    static void aufenthalt(AufenthaltDaten a, LocalDate geburtsdatum, String praefix, List<Feldfehler> fehler) {
        if (a == null || a.ab() == null) {
            return;
        }
        if (geburtsdatum != null && a.ab().isBefore(geburtsdatum)) {
            fehler.add(Feldfehler.von(praefix + "ab", "teilnehmer.aufenthalt.vor.geburt"));
        } else if (a.ab().isAfter(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")))) {
            // the search keeps the newest entry as the current status: an entry dated ahead would count too early
            fehler.add(Feldfehler.von(praefix + "ab", "teilnehmer.aufenthalt.zukunft"));
        }
    }

    /** A work ban or exclusion fact: not before birth, an end not before the start. */
    static void merkmal(MerkmalDaten m, LocalDate geburtsdatum, String praefix, List<Feldfehler> fehler) {
        if (m == null || m.ab() == null) {
            return;
        }
        if (geburtsdatum != null && m.ab().isBefore(geburtsdatum)) {
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
     * a final outcome and the end's day (an Abbruch with its reason). Whether a participation covers it is
     * {@link Verlaufsregeln}'.
     */
    static void zuweisung(ZuweisungDaten d, TeilnehmerTabellen.MassnahmeRahmen m, Set<String> aktiveProgramme,
                          List<Feldfehler> fehler) {
        if (d.massnahmeId() == null || d.ab() == null) {
            return;
        }
        if (m == null) {
            fehler.add(Feldfehler.verweis("massnahmeId", "massnahme.nicht.gefunden"));
        } else if (!aktiveProgramme.contains(m.programmId())) {
            fehler.add(Feldfehler.von("massnahmeId", "teilnehmer.zuweisung.baustein.nicht.aktiv", m.programmId()));
        } else if (Status.ABGESAGT.name().equals(m.status()) || Status.BEENDET.name().equals(m.status())) {
            fehler.add(Feldfehler.von("massnahmeId", "teilnehmer.zuweisung.massnahme.beendet"));
        }
        if (m != null && (d.ab().isBefore(m.beginn()) || d.ab().isAfter(m.ende()))) {
            fehler.add(Feldfehler.von("ab", "teilnehmer.zuweisung.ausserhalb", m.beginn(), m.ende()));
        } else if (m != null && m.geplanterStart() != null && d.ab().isBefore(m.geplanterStart())) {
            fehler.add(Feldfehler.von("ab", "teilnehmer.zuweisung.vor.start", m.geplanterStart()));
        }
        if (d.beendet()) {
            // with its end, outcome and day are both needed: of the end record they always are (Zuweisungsende)
            if (d.ergebnis() == null) {
                fehler.add(Feldfehler.von("ergebnis", "pflichtfeld"));
            }
            if (d.bis() == null) {
                fehler.add(Feldfehler.von("bis", "pflichtfeld"));
            }
            ende(new Zuweisungsende(d.ergebnis(), d.bis(), d.abbruchgrund()), d.ab(), fehler);
        } else if (d.abbruchgrund() != null && !d.abbruchgrund().isBlank()) {
            fehler.add(Feldfehler.von("abbruchgrund", "teilnehmer.abbruch.ohne.ende"));
        }
    }

    /** The end of an assignment: a final outcome, not before the start, an Abbruch with its reason. */
    static void ende(Zuweisungsende e, LocalDate ab, List<Feldfehler> fehler) {
        if (e.ergebnis() == Zuweisungsergebnis.LAUFEND) {
            fehler.add(Feldfehler.von("ergebnis", "teilnehmer.zuweisung.ergebnis"));
        } else if (e.ergebnis() == Zuweisungsergebnis.ABBRUCH && leer(e.abbruchgrund())) {
            fehler.add(Feldfehler.von("abbruchgrund", "teilnehmer.abbruch.grund"));
        }
        if (e.bis() != null && e.bis().isBefore(ab)) {
            fehler.add(Feldfehler.von("bis", "teilnehmer.ende.vor.beginn", ab));
        }
    }

    static boolean leer(String text) {
        return text == null || text.isBlank();
    }
}
