package de.teilhabe.platform.bericht;

import de.teilhabe.platform.bericht.Verlaufsplan.Ereignis;
import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.fallarbeit.Verweisungsergebnis;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The expected Stichtag reports of a {@link Verlaufsplan}, computed in plain Java from its raw events — replayed in
 * entering order, corrections replacing what they correct — and not through any of the platform's code or SQL.
 * The rules are the council paper's, written down once more: a person counts in the program from the first intake on,
 * in the Kommune lived in on the cut-off date, by the residence status on the first intake day; active while a
 * participation runs on the date; an assignment counts for a program if its Maßnahme is the program's or it began
 * during a participation in the program; a refused ABH clearance ends the participation and what runs in it.
 */
final class Referenz {

    private record Stand<T>(LocalDate ab, T wert, long folge) {
    }

    private static final class Episode {
        final String programm;
        LocalDate von;
        LocalDate bis;
        Abmeldeart art;
        final boolean ausnahme;

        Episode(String programm, LocalDate von, boolean ausnahme) {
            this.programm = programm;
            this.von = von;
            this.ausnahme = ausnahme;
        }

        boolean laeuftAm(LocalDate tag) {
            return !von.isAfter(tag) && (bis == null || bis.isAfter(tag));
        }
    }

    private static final class Zuweisung {
        final int massnahme;
        final LocalDate ab;
        LocalDate bis;
        Zuweisungsergebnis ergebnis;

        Zuweisung(int massnahme, LocalDate ab, LocalDate bis, Zuweisungsergebnis ergebnis) {
            this.massnahme = massnahme;
            this.ab = ab;
            this.bis = bis;
            this.ergebnis = ergebnis;
        }
    }

    private record Verweisung(Hilfeangebot stelle, LocalDate am, Verweisungsergebnis ergebnis, LocalDate ergebnisAm) {
    }

    private static final class Person {
        final Map<Integer, Stand<String>> wohnorte = new HashMap<>(); // -1: since intake
        final Map<Integer, Stand<Aufenthaltsstatus>> status = new HashMap<>(); // -1: at intake
        final Map<Integer, Episode> episoden = new HashMap<>();
        final Map<Integer, Zuweisung> zuweisungen = new HashMap<>();
        final List<LocalDate[]> verbote = new ArrayList<>();
        final List<Stand<Freigabe>> freigaben = new ArrayList<>();
        final List<Verweisung> verweisungen = new ArrayList<>();

        <T> Optional<T> am(Iterable<Stand<T>> staende, LocalDate tag) {
            Stand<T> neuester = null;
            for (Stand<T> s : staende) {
                if (!s.ab().isAfter(tag) && (neuester == null || s.ab().isAfter(neuester.ab())
                        || (s.ab().equals(neuester.ab()) && s.folge() > neuester.folge()))) {
                    neuester = s;
                }
            }
            return Optional.ofNullable(neuester).map(Stand::wert);
        }

        List<Episode> episoden(String programm) {
            return episoden.values().stream().filter(e -> e.programm.equals(programm))
                    .sorted(Comparator.comparing(e -> e.von)).toList();
        }

        boolean inProgrammAm(String programm, LocalDate tag) {
            return episoden(programm).stream().anyMatch(e -> e.laeuftAm(tag));
        }
    }

    private final Verlaufsplan plan;
    private final List<Person> personen = new ArrayList<>();
    private final Map<Integer, List<Stand<Status>>> massnahmenstatus = new HashMap<>();
    private final Function<Integer, String> traegername;

    /** {@code traegername}: the provider's name as report (b) prints it, by the provider's index. */
    Referenz(Verlaufsplan plan, Function<Integer, String> traegername) {
        this.plan = plan;
        this.traegername = traegername;
        for (int i = 0; i < plan.personen; i++) {
            personen.add(new Person());
        }
        long folge = 0;
        List<Stand<Status>> schritte = new ArrayList<>();
        for (Verlaufsplan.Statusschritt s : plan.statusschritte) {
            Stand<Status> neu = new Stand<>(s.ab(), s.status(), folge++);
            if (s.ersetzt() != null) {
                Stand<Status> alt = schritte.get(s.ersetzt());
                massnahmenstatus.get(s.massnahme()).remove(alt);
            }
            schritte.add(neu);
            massnahmenstatus.computeIfAbsent(s.massnahme(), k -> new ArrayList<>()).add(neu);
        }
        for (Ereignis e : plan.ereignisse) {
            anwenden(personen.get(e.person()), e, folge++);
        }
    }

    private void anwenden(Person p, Ereignis e, long folge) {
        if (e instanceof Verlaufsplan.Aufnahme a) {
            p.wohnorte.put(-1, new Stand<>(a.am(), a.kommune(), folge));
            p.status.put(-1, new Stand<>(a.statusAb(), a.status(), folge));
            p.episoden.put(0, new Episode(a.programm(), a.am(), a.ausnahme()));
        } else if (e instanceof Verlaufsplan.Teilnahme t) {
            p.episoden.put(t.episode(), new Episode(t.programm(), t.am(), t.ausnahme()));
        } else if (e instanceof Verlaufsplan.Umzug u) {
            p.wohnorte.put(u.nr(), new Stand<>(u.ab(), u.kommune(), folge));
        } else if (e instanceof Verlaufsplan.Statuswechsel s) {
            p.status.put(s.nr(), new Stand<>(s.ab(), s.status(), folge));
        } else if (e instanceof Verlaufsplan.Verbot v) {
            p.verbote.add(new LocalDate[] {v.ab(), v.bis()});
        } else if (e instanceof Verlaufsplan.Freigabeereignis f) {
            p.freigaben.add(new Stand<>(f.am(), f.status(), folge));
            if (f.status() == Freigabe.ABGELEHNT) {
                for (Episode ep : p.episoden(f.programm())) {
                    if (ep.laeuftAm(f.am()) && ep.von.isBefore(f.am())) {
                        ep.bis = f.am();
                        ep.art = Abmeldeart.FREIGABE_VERWEIGERT;
                    }
                }
                for (Zuweisung z : p.zuweisungen.values()) {
                    if (z.ab.isBefore(f.am()) && (z.bis == null || z.bis.isAfter(f.am()))) {
                        z.bis = f.am();
                        z.ergebnis = Zuweisungsergebnis.ABBRUCH;
                    }
                }
            }
        } else if (e instanceof Verlaufsplan.Zuweisung z) {
            p.zuweisungen.put(z.nr(), new Zuweisung(z.massnahme(), z.ab(), z.bis(), z.ergebnis()));
        } else if (e instanceof Verlaufsplan.Abmeldung a) {
            Episode ep = p.episoden.get(a.episode());
            ep.bis = a.am();
            ep.art = a.art();
        } else if (e instanceof Verlaufsplan.Verweisung v) {
            p.verweisungen.add(new Verweisung(v.stelle(), v.am(), v.ergebnis(), v.ergebnisAm()));
        } else if (e instanceof Verlaufsplan.UmzugKorrigiert k) {
            Stand<String> alt = p.wohnorte.get(k.nr());
            p.wohnorte.put(k.nr(), new Stand<>(k.ab(), alt.wert(), folge));
        } else if (e instanceof Verlaufsplan.UmzugGestrichen k) {
            p.wohnorte.remove(k.nr());
        } else if (e instanceof Verlaufsplan.StatusKorrigiert k) {
            Stand<Aufenthaltsstatus> alt = p.status.get(-1);
            p.status.put(-1, new Stand<>(alt.ab(), k.status(), folge));
        } else if (e instanceof Verlaufsplan.AufnahmeKorrigiert k) {
            p.episoden.get(0).von = k.am();
        } else if (e instanceof Verlaufsplan.ZuweisungKorrigiert k) {
            Zuweisung z = p.zuweisungen.get(k.nr());
            z.bis = k.bis();
            z.ergebnis = k.ergebnis();
        }
        // the birth date arriving later changes no report
    }

    /** One person of a program at a cut-off date, as every report counts it. */
    private record Gezaehlt(Person person, String kommune, Aufenthaltsstatus status, boolean ausnahme, boolean aktiv) {
    }

    private List<Gezaehlt> gezaehlt(String programm, LocalDate tag) {
        List<Gezaehlt> liste = new ArrayList<>();
        for (Person p : personen) {
            List<Episode> eps = p.episoden(programm);
            if (eps.isEmpty() || eps.get(0).von.isAfter(tag)) {
                continue;
            }
            Episode erste = eps.get(0);
            liste.add(new Gezaehlt(p, p.am(p.wohnorte.values(), tag).orElseThrow(),
                    p.am(p.status.values(), erste.von).orElse(null), erste.ausnahme, p.inProgrammAm(programm, tag)));
        }
        return liste;
    }

    /** Report (a): per Kommune Duldung, Gestattung, Aufenthaltstitel, sonstige, gesamt, abgemeldet, aktiv, Ausnahmen. */
    Map<String, int[]> aufnahme(String programm, LocalDate tag) {
        Map<String, int[]> zeilen = jeKommune(8);
        for (Gezaehlt g : gezaehlt(programm, tag)) {
            int[] z = zeilen.get(g.kommune());
            int spalte = g.status() == Aufenthaltsstatus.DULDUNG ? 0 : g.status() == Aufenthaltsstatus.GESTATTUNG ? 1
                    : g.status() == Aufenthaltsstatus.AUFENTHALTSTITEL ? 2 : 3;
            z[spalte]++;
            z[4]++;
            z[g.aktiv() ? 6 : 5]++;
            z[7] += g.ausnahme() ? 1 : 0;
        }
        return zeilen;
    }

    private record ZuweisungDerPerson(Person person, Zuweisung zuweisung) {
    }

    private List<ZuweisungDerPerson> gezaehlteZuweisungen(String programm, LocalDate tag) {
        List<ZuweisungDerPerson> liste = new ArrayList<>();
        for (Person p : personen) {
            for (Zuweisung z : p.zuweisungen.values()) {
                boolean zaehlt = programm.equals(Verlaufsplan.DS) || p.inProgrammAm(programm, z.ab);
                if (!z.ab.isAfter(tag) && zaehlt) {
                    liste.add(new ZuweisungDerPerson(p, z));
                }
            }
        }
        return liste;
    }

    /** Report (b): per „FB n|provider“ zugewiesen, laufend, abgeschlossen, Abbruch. */
    Map<String, int[]> zuweisungen(String programm, LocalDate tag) {
        Map<String, int[]> zeilen = new HashMap<>();
        for (ZuweisungDerPerson x : gezaehlteZuweisungen(programm, tag)) {
            Verlaufsplan.Massnahme m = plan.massnahmen.get(x.zuweisung().massnahme);
            int[] z = zeilen.computeIfAbsent("FB " + m.baustein() + "|" + traegername.apply(m.traeger()),
                    k -> new int[4]);
            z[0]++;
            LocalDate bis = x.zuweisung().bis;
            if (bis == null || bis.isAfter(tag)) {
                z[1]++;
            } else {
                z[x.zuweisung().ergebnis == Zuweisungsergebnis.ABBRUCH ? 3 : 2]++;
            }
        }
        return zeilen;
    }

    /** The distinct people with an assignment counted in report (b). */
    int zugewiesenePersonen(String programm, LocalDate tag) {
        Set<Person> p = new HashSet<>();
        gezaehlteZuweisungen(programm, tag).forEach(x -> p.add(x.person()));
        return p.size();
    }

    /** Committee figures, table 1: per Kommune aktiv, with/without work ban, clearance confirmed/pending/refused. */
    Map<String, int[]> verboteUndFreigaben(String programm, LocalDate tag) {
        Map<String, int[]> zeilen = jeKommune(6);
        for (Gezaehlt g : gezaehlt(programm, tag)) {
            if (!g.aktiv()) {
                continue;
            }
            int[] z = zeilen.get(g.kommune());
            z[0]++;
            boolean verbot = g.person().verbote.stream().anyMatch(v -> !v[0].isAfter(tag)
                    && (v[1] == null || v[1].isAfter(tag)));
            z[verbot ? 1 : 2]++;
            Freigabe f = programm.equals(Verlaufsplan.GK) ? g.person().am(g.person().freigaben, tag).orElse(null) : null;
            z[f == Freigabe.BESTAETIGT ? 3 : f == Freigabe.ABGELEHNT ? 5 : 4]++;
        }
        return zeilen;
    }

    /** Committee figures, table 2: per service label referred, placed, not come about, other, open. */
    Map<String, int[]> verweisungen(String programm, LocalDate tag) {
        Map<String, int[]> zeilen = new LinkedHashMap<>();
        for (Hilfeangebot h : Hilfeangebot.values()) {
            zeilen.put(h.text(java.util.Locale.GERMAN), new int[5]);
        }
        for (Person p : personen) {
            for (Verweisung v : p.verweisungen) {
                if (v.am().isAfter(tag) || !p.inProgrammAm(programm, v.am())) {
                    continue;
                }
                int[] z = zeilen.get(v.stelle().text(java.util.Locale.GERMAN));
                z[0]++;
                boolean bekannt = v.ergebnisAm() != null && !v.ergebnisAm().isAfter(tag);
                z[bekannt ? 1 + v.ergebnis().ordinal() : 4]++;
            }
        }
        return zeilen;
    }

    /** Committee figures, table 3: per Kommune assignments completed, dropped out, de-registrations by kind, in all. */
    Map<String, int[]> beendigungen(String programm, LocalDate tag) {
        int arten = Abmeldeart.values().length;
        Map<String, int[]> zeilen = jeKommune(arten + 3);
        for (ZuweisungDerPerson x : gezaehlteZuweisungen(programm, tag)) {
            LocalDate bis = x.zuweisung().bis;
            if (bis != null && !bis.isAfter(tag)) {
                String kommune = x.person().am(x.person().wohnorte.values(), tag).orElseThrow();
                zeilen.get(kommune)[x.zuweisung().ergebnis == Zuweisungsergebnis.ABBRUCH ? 1 : 0]++;
            }
        }
        for (Person p : personen) {
            for (Episode e : p.episoden(programm)) {
                if (e.bis != null && !e.bis.isAfter(tag)) {
                    int[] z = zeilen.get(p.am(p.wohnorte.values(), tag).orElseThrow());
                    z[2 + e.art.ordinal()]++;
                    z[2 + arten]++;
                }
            }
        }
        return zeilen;
    }

    /** Report (c): the status of each Maßnahme (in the plan's order) on the day, if it had one. */
    List<Status> massnahmen(LocalDate tag) {
        List<Status> liste = new ArrayList<>();
        Person hilfe = new Person();
        for (Verlaufsplan.Massnahme m : plan.massnahmen) {
            hilfe.am(massnahmenstatus.get(m.nr()), tag).ifPresent(liste::add);
        }
        return liste;
    }

    /** „Durchstarten“'s own part: per „provider short name|FB n“ assigned and dropped out by the day. */
    Map<String, int[]> zuweisungenJeTraeger(LocalDate tag, Function<Integer, String> kurzname) {
        Map<String, int[]> zeilen = new HashMap<>();
        for (ZuweisungDerPerson x : gezaehlteZuweisungen(Verlaufsplan.DS, tag)) {
            Verlaufsplan.Massnahme m = plan.massnahmen.get(x.zuweisung().massnahme);
            int[] z = zeilen.computeIfAbsent(kurzname.apply(m.traeger()) + "|FB " + m.baustein(), k -> new int[2]);
            z[0]++;
            LocalDate bis = x.zuweisung().bis;
            if (bis != null && !bis.isAfter(tag) && x.zuweisung().ergebnis == Zuweisungsergebnis.ABBRUCH) {
                z[1]++;
            }
        }
        return zeilen;
    }

    private Map<String, int[]> jeKommune(int spalten) {
        Map<String, int[]> zeilen = new LinkedHashMap<>();
        plan.kommunen.forEach(k -> zeilen.put(k, new int[spalten]));
        return zeilen;
    }
}
