package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Demo participants of „Gemeinsam klappt’s“ for a demo Kreis, entered through the same service the case
 * managers use: twelve clearly fictitious people (names from a fixed list, birth dates in the target group on
 * their intake day) with Duldung and Gestattung, one documented exception with an Aufenthaltstitel (RKN took in
 * two such people by 31.03.2021, seed 000), consents, one de-registration for lack of cooperation, and — where
 * the Kreis has a running or planned Maßnahme of „Durchstarten“ — one assignment that ended in an Abbruch.
 * Idempotent: a Kreis with participants gets nothing.
 */
@Singleton
public class TeilnehmerDemo {

    static final String PROGRAMM = "gemeinsam-klappts";

    /** Vorname, Nachname, birth date, status, intake day, consents (G GIB, K Klientendatei, A ABH, T providers). */
    private record Person(String vorname, String nachname, LocalDate geburt, Aufenthaltsstatus status,
                          LocalDate aufnahme, String einwilligungen) {
    }

    private static final List<Person> PERSONEN = List.of(
            new Person("Demo-Amina", "Beispiel", LocalDate.of(1998, 2, 14), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 6, 2), "GKA"),
            new Person("Demo-Bashir", "Muster", LocalDate.of(1996, 11, 3), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 6, 16), "GKT"),
            new Person("Demo-Chiara", "Probe", LocalDate.of(2001, 5, 21), Aufenthaltsstatus.GESTATTUNG,
                    LocalDate.of(2020, 7, 7), "GKT"),
            new Person("Demo-Dawit", "Beispiel", LocalDate.of(1999, 8, 30), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 8, 4), "GK"),
            new Person("Demo-Elif", "Testfall", LocalDate.of(2000, 1, 9), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 9, 1), "GKA"),
            new Person("Demo-Farid", "Muster", LocalDate.of(1995, 12, 12), Aufenthaltsstatus.GESTATTUNG,
                    LocalDate.of(2020, 9, 22), "G"),
            new Person("Demo-Ghazal", "Probe", LocalDate.of(1997, 4, 27), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 10, 13), "GK"),
            new Person("Demo-Hamid", "Testfall", LocalDate.of(2002, 3, 5), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2020, 11, 10), "GKAT"),
            new Person("Demo-Ivana", "Beispiel", LocalDate.of(1998, 10, 18), Aufenthaltsstatus.AUFENTHALTSTITEL,
                    LocalDate.of(2020, 12, 1), "GK"),
            new Person("Demo-Jamal", "Muster", LocalDate.of(1999, 6, 6), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2021, 1, 19), "K"),
            new Person("Demo-Kiana", "Probe", LocalDate.of(2001, 9, 15), Aufenthaltsstatus.GESTATTUNG,
                    LocalDate.of(2021, 2, 16), "GK"),
            new Person("Demo-Lamin", "Testfall", LocalDate.of(1996, 7, 1), Aufenthaltsstatus.DULDUNG,
                    LocalDate.of(2021, 3, 16), "GKA"));

    private static final String[] SPRACHNIVEAU = {"A1", "A2", "B1", null};

    private final TeilnehmerDienst dienst;
    private final TeilnehmerAufnahme aufnahme;
    private final Teilnahmen teilnahmen;
    private final Verlaufseintraege eintraege;
    private final Zuweisungen zuweisungen;
    private final KommunenDienst kommunen;
    private final ProgrammDienst programme;
    private final Massnahmen massnahmen;
    private final Bausteine bausteine;

    TeilnehmerDemo(TeilnehmerDienst dienst, TeilnehmerAufnahme aufnahme, Teilnahmen teilnahmen,
                   Verlaufseintraege eintraege, Zuweisungen zuweisungen, KommunenDienst kommunen,
                   ProgrammDienst programme, Massnahmen massnahmen, Bausteine bausteine) {
        this.dienst = dienst;
        this.aufnahme = aufnahme;
        this.teilnahmen = teilnahmen;
        this.eintraege = eintraege;
        this.zuweisungen = zuweisungen;
        this.kommunen = kommunen;
        this.programme = programme;
        this.massnahmen = massnahmen;
        this.bausteine = bausteine;
    }

    /** Enters the demo participants of a Kreis that runs „Gemeinsam klappt’s“; {@code fallverantwortung} a CM account. */
    public void anlegen(String kreisSlug, String kreisName, String fallverantwortung) {
        Nutzer ki = new Nutzer(UUID.randomUUID(), "demo-daten", "Demo-Daten", kreisSlug, kreisName,
                Set.of(Rolle.KI_KOORDINATION));
        if (!programme.aktiveProgramme(ki).contains(PROGRAMM) || dienst.anzahl(ki) > 0) {
            return;
        }
        List<Kommune> orte = kommunen.liste(ki).stream().sorted(Comparator.comparing(Kommune::name)).toList();
        for (int i = 0; i < PERSONEN.size(); i++) {
            Person p = PERSONEN.get(i);
            boolean ausnahme = p.status() == Aufenthaltsstatus.AUFENTHALTSTITEL;
            TeilnehmerAkte akte = aufnahme.aufnehmen(ki, new AufnahmeAntrag(
                    new TeilnehmerDaten(p.vorname(), p.nachname(), p.geburt(), orte.get(i % orte.size()).id(),
                            SPRACHNIVEAU[i % SPRACHNIVEAU.length], fallverantwortung),
                    new AufenthaltDaten(p.status(), p.aufnahme().minusMonths(3 + i % 5), null),
                    PROGRAMM, p.aufnahme(),
                    ausnahme ? "Aufenthaltserlaubnis während der Vorbetreuung erteilt; Unterstützungsbedarf besteht fort"
                            : null,
                    ausnahme ? "Lenkungsgruppe Teilhabemanagement" : null,
                    i % 3 == 2 ? Freigabe.ANGEFRAGT : Freigabe.BESTAETIGT, p.aufnahme().plusDays(14),
                    zwecke(p.einwilligungen()), i % 4 == 1 ? List.of(new MerkmalDaten(
                    Personenmerkmal.BESCHAEFTIGUNGSVERBOT, p.aufnahme(), null, "fehlende Mitwirkung bei der "
                    + "Identitätsklärung")) : List.of(), null));
            UUID id = akte.teilnehmer().id();
            if (i == 5) {
                teilnahmen.abmeldenPerson(ki, id, akte.teilnehmer().version(), new Abmeldung(
                        p.aufnahme().plusMonths(4), "mangelnde Mitwirkung, wiederholt nicht erreichbar",
                        Abmeldeart.MANGELNDE_MITWIRKUNG, null));
            }
            if (i == 3) {
                eintraege.aufenthaltErfassen(ki, id, new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                        p.aufnahme().plusMonths(2), "Duldung verlängert"));
            }
            if (i == 1) {
                zuweisungMitAbbruch(ki, akte);
            }
        }
    }

    private void zuweisungMitAbbruch(Nutzer ki, TeilnehmerAkte akte) {
        LocalDate frueh = akte.teilnehmer().aufgenommenAm().plusDays(30);
        List<Baustein> genutzt = bausteine.liste(ki);
        for (MassnahmeZeile m : massnahmen.tabelle(ki)) {
            if (m.status() == Status.ABGESAGT || m.status() == Status.BEENDET) {
                continue;
            }
            Optional<Baustein> b = genutzt.stream().filter(x -> x.programmId().equals(m.programmId())
                    && x.nummer() == m.bausteinNummer()).findFirst();
            if (b.isEmpty()) {
                continue;
            }
            LocalDate ab = spaeter(spaeter(frueh, b.get().beginn()), m.geplanterStart());
            if (ab.plusDays(60).isAfter(b.get().ende())) {
                continue;
            }
            Zuweisung z = zuweisungen.zuweisen(ki, akte.teilnehmer().id(), new ZuweisungDaten(m.id(), ab))
                    .zuweisungen().get(0);
            zuweisungen.beenden(ki, z.id(), z.version(), new Zuweisungsende(Zuweisungsergebnis.ABBRUCH,
                    ab.plusDays(60), "Umzug in einen anderen Kreis"));
            return;
        }
    }

    private static LocalDate spaeter(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static List<Einwilligungszweck> zwecke(String kuerzel) {
        return kuerzel.chars().mapToObj(c -> switch (c) {
            case 'G' -> Einwilligungszweck.GIB_DATENBANK;
            case 'K' -> Einwilligungszweck.KLIENTENDATEI;
            case 'A' -> Einwilligungszweck.AUSTAUSCH_ABH;
            default -> Einwilligungszweck.AUSTAUSCH_TRAEGER;
        }).toList();
    }
}
