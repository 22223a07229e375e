package de.teilhabe.platform.zielgruppe;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.platform.programm.Programmergebnis;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Begruendung;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Personenangaben;
import de.teilhabe.plugin.api.zielgruppe.Pruefanfrage;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenurteil;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Zielgruppe prüfen": a person's data against the target-group rules of every program the Kreis runs,
 * each verdict with its reasons. Nothing is stored; a program that fails answers with its error alone.
 */
@Singleton
@Geprueft
public class Zielgruppencheck {

    private final ProgrammDienst programme;
    private final Programmaufruf aufruf;

    Zielgruppencheck(ProgrammDienst programme, Programmaufruf aufruf) {
        this.programme = programme;
        this.aufruf = aufruf;
    }

    public List<Programmurteil> pruefen(Nutzer nutzer, Personendaten daten) {
        nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT);
        return pruefen(nutzer, programme.aktiveProgramme(nutzer), daten);
    }

    /**
     * The verdicts of the given programs, which the caller already knows to be enabled in the user's Kreis:
     * no database access, so checking many people (an import) costs one rule call per person and program.
     */
    public List<Programmurteil> pruefen(Nutzer nutzer, Collection<String> programmIds, Personendaten daten) {
        nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT);
        Pruefanfrage anfrage = anfrage(daten);
        List<Programmergebnis<List<Zielgruppenurteil>>> ergebnisse = aufruf.fuerJedes(programmIds,
                Zielgruppenregel.class, regeln -> regeln.stream().map(r -> r.pruefe(anfrage)).toList());
        List<Programmurteil> urteile = new ArrayList<>();
        for (Programmergebnis<List<Zielgruppenurteil>> e : ergebnisse) {
            if (!e.ok()) {
                urteile.add(new Programmurteil(e.programmId(), e.programmName(), null, null, List.of(), false,
                        List.of(), e.fehler().map(f -> f.text(Locale.GERMAN)).orElse(null)));
                continue;
            }
            e.wert().orElse(List.of()).forEach(u -> urteile.add(new Programmurteil(e.programmId(), e.programmName(),
                    u.einstufung().name(), u.einstufung().bezeichnung(), texte(u.begruendungen()),
                    u.ausnahmeZulaessig(), texte(u.hinweise()), null)));
        }
        return urteile;
    }

    static Pruefanfrage anfrage(Personendaten d) {
        List<Feldfehler> fehler = new ArrayList<>();
        LocalDate stichtag = d.stichtag() == null ? LocalDate.now() : d.stichtag();
        // an unknown birth date is a question for the rule: it answers „nicht entscheidbar“ and says what is missing
        if (d.geburtsdatum() != null && d.geburtsdatum().isAfter(stichtag)) {
            fehler.add(Feldfehler.von("geburtsdatum", "zielgruppe.geburt.nach.stichtag", stichtag));
        }
        Aufenthaltsstatus status = null;
        if (d.aufenthaltsstatus() != null && !d.aufenthaltsstatus().isBlank()) {
            try {
                status = Aufenthaltsstatus.valueOf(d.aufenthaltsstatus().trim());
            } catch (IllegalArgumentException e) {
                fehler.add(Feldfehler.von("aufenthaltsstatus", "zielgruppe.status.unbekannt", d.aufenthaltsstatus()));
            }
        }
        Set<Merkmal> merkmale = werte(Merkmal.class, d.merkmale(), "merkmale", fehler);
        Set<Rechtskreis> leistungen = werte(Rechtskreis.class, d.leistungen(), "leistungen", fehler);
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
        return new Pruefanfrage(Personenangaben.von(d.geburtsdatum(), status, merkmale, leistungen), stichtag);
    }

    private static <E extends Enum<E>> Set<E> werte(Class<E> art, Set<String> namen, String feld,
                                                   List<Feldfehler> fehler) {
        Set<E> ergebnis = EnumSet.noneOf(art);
        for (String name : namen == null ? Set.<String>of() : namen) {
            try {
                ergebnis.add(Enum.valueOf(art, name.trim()));
            } catch (IllegalArgumentException e) {
                fehler.add(Feldfehler.von(feld, "zielgruppe.wert.unbekannt", name));
            }
        }
        return ergebnis;
    }

    private static List<String> texte(List<Begruendung> begruendungen) {
        return begruendungen.stream().map(Begruendung::text).toList();
    }
}
