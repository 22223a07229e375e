package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.fallarbeit.Verweisungsergebnis;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated history of a Kreis, as raw events in the order they are entered (ADR 0002: entering order and
 * valid time differ — some moves and status changes are entered after everything else, corrections and strikes come
 * last). Valid by construction: intake ages 18–24, moves always to another Kommune, assignments inside a
 * participation, de-registration only after the assignments ended, a re-admission after the de-registration, a
 * refusal of the ABH clearance only for people in one program. {@link Referenz} computes the expected reports from
 * exactly these events, without the platform.
 */
final class Verlaufsplan {

    static final String GK = "gemeinsam-klappts";
    static final String DS = "durchstarten";
    static final LocalDate ANFANG = LocalDate.of(2020, 2, 1);
    static final LocalDate ENDE = LocalDate.of(2022, 6, 29);
    static final String FREIGABE_VERWEIGERT = "Freigabe der Ausländerbehörde verweigert";

    /** A Maßnahme of Durchstarten: index, Baustein, provider index, Kommune. */
    record Massnahme(int nr, int baustein, int traeger, String kommune) {
    }

    /** One step of a Maßnahme's status, entered in this order; {@code ersetzt}: index of the step it corrects. */
    record Statusschritt(int massnahme, de.teilhabe.platform.massnahme.Status status, LocalDate ab, String grund,
                         Integer ersetzt) {
    }

    /** Everything that is entered, one event per write. */
    sealed interface Ereignis permits Aufnahme, Teilnahme, Umzug, Statuswechsel, Verbot, Freigabeereignis,
            Zuweisung, Abmeldung, Geburtsdatum, Verweisung, Korrektur {
        int person();
    }

    record Aufnahme(int person, String vorname, String nachname, LocalDate geburt, boolean geburtNachgereicht,
                    String kommune, Aufenthaltsstatus status, LocalDate statusAb, String programm, LocalDate am,
                    boolean ausnahme) implements Ereignis {
    }

    /** A further participation (another program, or again after a de-registration). */
    record Teilnahme(int person, int episode, String programm, LocalDate am, boolean ausnahme) implements Ereignis {
    }

    record Umzug(int person, int nr, String kommune, LocalDate ab) implements Ereignis {
    }

    record Statuswechsel(int person, int nr, Aufenthaltsstatus status, LocalDate ab) implements Ereignis {
    }

    record Verbot(int person, LocalDate ab, LocalDate bis) implements Ereignis {
    }

    record Freigabeereignis(int person, String programm, Freigabe status, LocalDate am) implements Ereignis {
    }

    record Zuweisung(int person, int nr, int episode, int massnahme, LocalDate ab, LocalDate bis,
                     Zuweisungsergebnis ergebnis) implements Ereignis {
    }

    record Abmeldung(int person, int episode, LocalDate am, Abmeldeart art) implements Ereignis {
    }

    record Geburtsdatum(int person, LocalDate geburt) implements Ereignis {
    }

    record Verweisung(int person, Hilfeangebot stelle, LocalDate am, Verweisungsergebnis ergebnis, LocalDate ergebnisAm)
            implements Ereignis {
    }

    /** A late correction or strike of an entry entered before. */
    sealed interface Korrektur extends Ereignis permits UmzugKorrigiert, UmzugGestrichen, StatusKorrigiert,
            AufnahmeKorrigiert, ZuweisungKorrigiert {
    }

    record UmzugKorrigiert(int person, int nr, LocalDate ab) implements Korrektur {
    }

    record UmzugGestrichen(int person, int nr) implements Korrektur {
    }

    /** The first residence status was another one. */
    record StatusKorrigiert(int person, Aufenthaltsstatus status) implements Korrektur {
    }

    /** The first participation began later. */
    record AufnahmeKorrigiert(int person, LocalDate am) implements Korrektur {
    }

    record ZuweisungKorrigiert(int person, int nr, LocalDate bis, Zuweisungsergebnis ergebnis) implements Korrektur {
    }

    final long seed;
    final List<String> kommunen;
    final List<Massnahme> massnahmen = new ArrayList<>();
    final List<Statusschritt> statusschritte = new ArrayList<>();
    final List<Ereignis> ereignisse = new ArrayList<>();
    final int personen;
    private final Random zufall;

    private Verlaufsplan(long seed, List<String> kommunen, int personen) {
        this.seed = seed;
        this.kommunen = List.copyOf(kommunen);
        this.personen = personen;
        this.zufall = new Random(seed);
    }

    /** A Kreis history with {@code personen} people and four providers' Maßnahmen of FB 1–4 in the Kommunen. */
    static Verlaufsplan erzeugen(long seed, List<String> kommunen, int personen) {
        Verlaufsplan p = new Verlaufsplan(seed, kommunen, personen);
        p.massnahmenErzeugen();
        List<List<Ereignis>> jePerson = new ArrayList<>();
        List<Ereignis> spaet = new ArrayList<>();
        List<Ereignis> korrekturen = new ArrayList<>();
        for (int i = 0; i < personen; i++) {
            jePerson.add(p.person(i, spaet, korrekturen));
        }
        // people are entered one after another in random order, each history in its own order; late entries and
        // corrections after all of them
        List<Integer> reihe = new ArrayList<>();
        for (int i = 0; i < personen; i++) {
            reihe.add(i);
        }
        Collections.shuffle(reihe, p.zufall);
        reihe.forEach(i -> p.ereignisse.addAll(jePerson.get(i)));
        Collections.shuffle(spaet, p.zufall);
        p.ereignisse.addAll(spaet);
        p.ereignisse.addAll(korrekturen);
        return p;
    }

    private void massnahmenErzeugen() {
        for (int b = 1; b <= 4; b++) {
            for (int t = 0; t < 2; t++) {
                massnahmen.add(new Massnahme(massnahmen.size(), b, (b + t) % 4, kommunen.get(zufall.nextInt(
                        kommunen.size()))));
            }
        }
        // every Maßnahme runs from the start; some were interrupted (entered in order), one interruption is
        // corrected afterwards to its real date (seed 000: FB 3 began 09.11.2020, paused, resumed 01.03.2021)
        for (Massnahme m : massnahmen) {
            statusschritte.add(new Statusschritt(m.nr(), de.teilhabe.platform.massnahme.Status.LAUFEND,
                    ANFANG.minusDays(20), null, null));
        }
        for (int i = 0; i < 3; i++) {
            int m = 1 + 2 * i;
            LocalDate pause = tag(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 31));
            statusschritte.add(new Statusschritt(m, de.teilhabe.platform.massnahme.Status.UNTERBROCHEN, pause,
                    "Pandemie", null));
            statusschritte.add(new Statusschritt(m, de.teilhabe.platform.massnahme.Status.LAUFEND,
                    pause.plusDays(60 + zufall.nextInt(60)), "fortgeführt", null));
        }
        Statusschritt alt = statusschritte.get(massnahmen.size()); // the first interruption
        statusschritte.add(new Statusschritt(alt.massnahme(), alt.status(), alt.ab().minusDays(15), alt.grund(),
                statusschritte.indexOf(alt)));
    }

    /** One person's events; late entries and corrections are added to the given lists. */
    private List<Ereignis> person(int i, List<Ereignis> spaet, List<Ereignis> korrekturen) {
        List<Ereignis> e = new ArrayList<>();
        LocalDate aufnahme = tag(ANFANG, LocalDate.of(2021, 12, 31));
        int alter = 18 + zufall.nextInt(7);
        LocalDate geburt = aufnahme.minusYears(alter).minusDays(1 + zufall.nextInt(300));
        boolean nachgereicht = zufall.nextInt(10) == 0;
        double w = zufall.nextDouble();
        Aufenthaltsstatus status = w < 0.6 ? Aufenthaltsstatus.DULDUNG : w < 0.95 || nachgereicht
                ? Aufenthaltsstatus.GESTATTUNG : Aufenthaltsstatus.AUFENTHALTSTITEL;
        boolean ausnahme = status == Aufenthaltsstatus.AUFENTHALTSTITEL;
        String programm = zufall.nextInt(100) < 85 ? GK : DS;
        String kommune = kommunen.get(zufall.nextInt(kommunen.size()));
        e.add(new Aufnahme(i, "Gen-" + i, "Verlauf" + (char) ('A' + i % 26), geburt, nachgereicht, kommune, status,
                aufnahme.minusDays(30 + zufall.nextInt(370)), programm, aufnahme, ausnahme));
        if (nachgereicht) {
            e.add(new Geburtsdatum(i, geburt));
        }
        boolean zweitesProgramm = programm.equals(GK) && !ausnahme && zufall.nextInt(100) < 15;
        LocalDate ende = grenze(aufnahme.plusDays(60 + zufall.nextInt(500)));
        boolean abgemeldet = zufall.nextInt(100) < 45 && ende.isBefore(ENDE.minusDays(40));
        boolean verweigert = !zweitesProgramm && abgemeldet && programm.equals(GK) && zufall.nextInt(100) < 8;
        // ABH clearance
        if (programm.equals(GK) && zufall.nextInt(10) < 8) {
            LocalDate angefragt = aufnahme.plusDays(zufall.nextInt(20));
            e.add(new Freigabeereignis(i, GK, Freigabe.ANGEFRAGT, angefragt));
            if (!verweigert && zufall.nextBoolean()) {
                e.add(new Freigabeereignis(i, GK, Freigabe.BESTAETIGT, angefragt.plusDays(10 + zufall.nextInt(60))));
            }
        }
        // moves (to Kommunen never lived in before), status changes, work ban — some entered late
        List<String> frei = new ArrayList<>(kommunen);
        frei.remove(kommune);
        Collections.shuffle(frei, zufall);
        LocalDate cursor = aufnahme;
        int umzuege = zufall.nextInt(100) < 35 ? 1 + zufall.nextInt(2) : 0;
        for (int u = 0; u < umzuege; u++) {
            cursor = grenze(cursor.plusDays(20 + zufall.nextInt(200)));
            Umzug z = new Umzug(i, u, frei.get(u), cursor);
            (zufall.nextInt(100) < 40 ? spaet : e).add(z);
        }
        if (umzuege > 0 && zufall.nextInt(100) < 25) {
            korrekturen.add(zufall.nextBoolean() ? new UmzugKorrigiert(i, umzuege - 1,
                    grenze(cursor.plusDays(1 + zufall.nextInt(15)))) : new UmzugGestrichen(i, umzuege - 1));
        }
        if (status == Aufenthaltsstatus.GESTATTUNG && zufall.nextInt(100) < 30) {
            Statuswechsel s = new Statuswechsel(i, 0, Aufenthaltsstatus.DULDUNG,
                    grenze(aufnahme.plusDays(30 + zufall.nextInt(300))));
            (zufall.nextInt(100) < 40 ? spaet : e).add(s);
        }
        if (!ausnahme && !nachgereicht && zufall.nextInt(100) < 10) {
            korrekturen.add(new StatusKorrigiert(i, status == Aufenthaltsstatus.DULDUNG ? Aufenthaltsstatus.GESTATTUNG
                    : Aufenthaltsstatus.DULDUNG));
        }
        if (zufall.nextInt(100) < 30) {
            LocalDate ab = tag(aufnahme.minusDays(60), aufnahme.plusDays(120));
            e.add(new Verbot(i, ab, zufall.nextBoolean() ? null : ab.plusDays(30 + zufall.nextInt(300))));
        }
        // episodes: the first, maybe a second program at once, assignments inside, de-registration, re-admission
        LocalDate zweiterAb = null;
        if (zweitesProgramm) {
            zweiterAb = grenze(aufnahme.plusDays(5 + zufall.nextInt(60)));
            if (abgemeldet && !zweiterAb.isBefore(ende)) {
                zweitesProgramm = false;
            } else {
                e.add(new Teilnahme(i, 1, DS, zweiterAb, false));
            }
        }
        LocalDate bis = abgemeldet ? ende : ENDE;
        // a refused clearance ends what still runs: the participation and its assignments (Abbruch)
        int nr = zuweisungen(i, 0, aufnahme.plusDays(11), bis, !abgemeldet || verweigert, e, korrekturen, 0);
        if (zufall.nextInt(100) < 30) {
            LocalDate am = tag(aufnahme, bis.minusDays(1));
            Hilfeangebot stelle = Hilfeangebot.values()[zufall.nextInt(Hilfeangebot.values().length)];
            int art = zufall.nextInt(4);
            e.add(new Verweisung(i, stelle, am, art == 3 ? null : Verweisungsergebnis.values()[art],
                    art == 3 ? null : grenze(am.plusDays(5 + zufall.nextInt(80)))));
        }
        if (abgemeldet) {
            if (zweitesProgramm) {
                e.add(new Abmeldung(i, 1, ende, Abmeldeart.ZIEL_ERREICHT));
            }
            if (verweigert) {
                e.add(new Freigabeereignis(i, GK, Freigabe.ABGELEHNT, ende));
            } else {
                e.add(new Abmeldung(i, 0, ende, Abmeldeart.values()[zufall.nextInt(5)]));
            }
            if (!verweigert && zufall.nextInt(100) < 35) {
                LocalDate wieder = grenze(ende.plusDays(10 + zufall.nextInt(120)));
                if (wieder.isBefore(ENDE.minusDays(20))) {
                    e.add(new Teilnahme(i, 2, programm, wieder, ausnahme));
                    zuweisungen(i, 2, wieder.plusDays(3), ENDE, true, e, korrekturen, nr);
                }
            }
        }
        if (!verweigert && zufall.nextInt(100) < 6) {
            LocalDate frueheste = e.stream().filter(x -> x instanceof Zuweisung z && z.episode() == 0)
                    .map(x -> ((Zuweisung) x).ab()).min(LocalDate::compareTo).orElse(aufnahme.plusDays(11));
            korrekturen.add(new AufnahmeKorrigiert(i, aufnahme.plusDays(1 + zufall.nextInt(
                    (int) Math.max(1, Math.min(10, java.time.temporal.ChronoUnit.DAYS.between(aufnahme, frueheste)))))));
        }
        return e;
    }

    /**
     * Up to two assignments within {@code [von, bis)} of episode {@code episode}; {@code offenErlaubt}: whether one may
     * still run at the end. Returns the next assignment number.
     */
    private int zuweisungen(int person, int episode, LocalDate von, LocalDate bis, boolean offenErlaubt,
                            List<Ereignis> e, List<Ereignis> korrekturen, int nr) {
        int anzahl = zufall.nextInt(100) < 55 ? 1 + zufall.nextInt(2) : 0;
        LocalDate cursor = von;
        for (int k = 0; k < anzahl && cursor.isBefore(bis.minusDays(5)); k++) {
            Massnahme m = massnahmen.get(zufall.nextInt(massnahmen.size()));
            LocalDate ab = tag(cursor, bis.minusDays(4));
            boolean offen = offenErlaubt && zufall.nextInt(100) < 40;
            LocalDate ende = offen ? null : tag(ab.plusDays(1), bis);
            Zuweisungsergebnis ergebnis = offen ? Zuweisungsergebnis.LAUFEND
                    : zufall.nextInt(100) < 35 ? Zuweisungsergebnis.ABBRUCH : Zuweisungsergebnis.ABGESCHLOSSEN;
            e.add(new Zuweisung(person, nr, episode, m.nr(), ab, ende, ergebnis));
            if (!offen && zufall.nextInt(100) < 12) {
                korrekturen.add(new ZuweisungKorrigiert(person, nr, tag(ab, ende), ergebnis
                        == Zuweisungsergebnis.ABBRUCH ? Zuweisungsergebnis.ABGESCHLOSSEN : Zuweisungsergebnis.ABBRUCH));
            }
            nr++;
            if (offen) {
                break;
            }
            cursor = ende.plusDays(1);
        }
        return nr;
    }

    private LocalDate tag(LocalDate von, LocalDate bis) {
        long tage = java.time.temporal.ChronoUnit.DAYS.between(von, bis);
        return tage <= 0 ? von : von.plusDays(zufall.nextInt((int) tage + 1));
    }

    private static LocalDate grenze(LocalDate tag) {
        return tag.isAfter(ENDE) ? ENDE : tag;
    }
}
