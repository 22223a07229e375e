package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.bericht.Verlaufsplan.DS;
import static de.teilhabe.platform.bericht.Verlaufsplan.GK;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fallarbeit.FallarbeitDienst;
import de.teilhabe.platform.fallarbeit.VerweisungDaten;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Abmeldung;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.Eintragsart;
import de.teilhabe.platform.teilnehmer.FreigabeDaten;
import de.teilhabe.platform.teilnehmer.MerkmalDaten;
import de.teilhabe.platform.teilnehmer.Personenmerkmal;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.TeilnahmeAntrag;
import de.teilhabe.platform.teilnehmer.TeilnahmeKorrektur;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.platform.teilnehmer.WohnortDaten;
import de.teilhabe.platform.teilnehmer.ZuweisungDaten;
import de.teilhabe.platform.teilnehmer.Zuweisungen;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reports that stay true over time (issue 12, ADR 0002): a random Kreis history — at least 300 people and 700 dated
 * events with moves, status changes, work bans, ABH clearances (some refused), people in two programs, assignments
 * with outcomes, de-registrations and re-admissions, back-dated entries entered after later facts, late corrections
 * and strikes, Maßnahmen interrupted and corrected — is entered through the services; then every cell of reports
 * (a), (b) and (c), of the committee figures and of both plugins' parts, for both programs, at twelve cut-off dates,
 * is compared with {@link Referenz}, computed from the raw events alone.
 *
 * <p>The seed is printed; {@code -Dteilhabe.verlauf.seed=…} replays a history.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class VerlaufsgeneratorTest {

    private static final long SEED = Long.getLong("teilhabe.verlauf.seed", System.nanoTime());
    private static final int PERSONEN = 320;
    private static final String[] TRAEGER = {"Arbeiterwohlfahrt OV Neuss e.V.", "Caritas Sozialdienste Rhein-Kreis Neuss GmbH",
        "Katholische Jugendagentur Düsseldorf gGmbH", "Technologiezentrum Glehn GmbH"};
    private static final String[] KURZ = {"AWO Berufshilfe", "Caritas", "KJA", "TZG"};

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerAufnahme aufnahme;
    @Inject TeilnehmerDienst dienst;
    @Inject Teilnahmen teilnahmen;
    @Inject Verlaufseintraege eintraege;
    @Inject Zuweisungen zuweisungen;
    @Inject FallarbeitDienst fallarbeit;
    @Inject Massnahmen massnahmen;
    @Inject Stichtagsberichte berichte;
    @Inject Berichtsdokumente dokumente;

    /** What the test needs to address entries it entered before. */
    private final Map<Integer, UUID> personIds = new HashMap<>();
    private final Map<String, UUID> episoden = new HashMap<>();
    private final Map<String, UUID> eintraegeIds = new HashMap<>();
    private final Map<Integer, TeilnehmerAkte> akten = new HashMap<>();
    private int schreibvorgaenge;

    @Test
    void jederBerichtAnJedemStichtagWieAusDenRohenEreignissen() {
        System.out.println("VerlaufsgeneratorTest: seed " + SEED + " (-Dteilhabe.verlauf.seed=" + SEED + ")");
        Nutzer admin = Programmumgebung.kreisMit(ctx, "verlauf", GK, DS);
        Nutzer ki = new Nutzer(UUID.randomUUID(), "test.ki", "KI", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        Map<String, UUID> kommunen = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        Verlaufsplan plan = Verlaufsplan.erzeugen(SEED, kommunen.keySet().stream().sorted().toList(), PERSONEN);
        List<UUID> massnahmenIds = massnahmenAnlegen(admin, plan, kommunen);
        for (Verlaufsplan.Ereignis e : plan.ereignisse) {
            eingeben(ki, e, kommunen, massnahmenIds);
        }

        assertThat(plan.personen).isGreaterThanOrEqualTo(300);
        assertThat(schreibvorgaenge).as("dated events entered").isGreaterThanOrEqualTo(700);
        assertThat(plan.ereignisse).as("moves").filteredOn(e -> e instanceof Verlaufsplan.Umzug).hasSizeGreaterThan(20);
        assertThat(plan.ereignisse).as("re-admissions").filteredOn(e -> e instanceof Verlaufsplan.Teilnahme t
                && t.episode() == 2).hasSizeGreaterThan(10);
        assertThat(plan.ereignisse).as("second programs").filteredOn(e -> e instanceof Verlaufsplan.Teilnahme t
                && t.episode() == 1).hasSizeGreaterThan(10);
        assertThat(plan.ereignisse).as("late corrections").filteredOn(e -> e instanceof Verlaufsplan.Korrektur)
                .hasSizeGreaterThan(20);

        Referenz referenz = new Referenz(plan, t -> TRAEGER[t]);
        List<String> abweichungen = new ArrayList<>();
        int zellen = 0;
        for (LocalDate tag : stichtage()) {
            for (String programm : List.of(GK, DS)) {
                zellen += aufnahmeVergleichen(ki, referenz, programm, tag, abweichungen);
                zellen += zuweisungenVergleichen(ki, referenz, programm, tag, abweichungen);
                zellen += gremienzahlenVergleichen(ki, referenz, programm, tag, abweichungen);
            }
            zellen += beitraegeVergleichen(ki, referenz, tag, abweichungen);
            zellen += vergleichen("(c) " + tag, berichte.massnahmen(ki, tag).zeilen().stream()
                    .map(Massnahmenzeile::status).toList(), referenz.massnahmen(tag).stream().map(Enum::name).toList(),
                    abweichungen);
        }
        System.out.println("VerlaufsgeneratorTest: " + plan.personen + " people, " + schreibvorgaenge
                + " dated events, " + zellen + " report cells compared");
        assertThat(abweichungen).as("report cells that differ from the reference (seed " + SEED + ")").isEmpty();
        assertThat(zellen).isGreaterThan(5_000);
    }

    /** Twelve quarter ends from the first intakes to after the last event. */
    private static List<LocalDate> stichtage() {
        List<LocalDate> tage = new ArrayList<>();
        for (LocalDate t = LocalDate.of(2020, 3, 31); tage.size() < 12; t = t.plusMonths(3)
                .withDayOfMonth(t.plusMonths(3).lengthOfMonth())) {
            tage.add(t);
        }
        return tage;
    }

    private List<UUID> massnahmenAnlegen(Nutzer admin, Verlaufsplan plan, Map<String, UUID> kommunen) {
        List<Baustein> bausteine = new ArrayList<>();
        for (int b = 1; b <= 4; b++) {
            bausteine.add(Programmumgebung.baustein(ctx, admin, DS, b, LocalDate.of(2020, 1, 1),
                    LocalDate.of(2022, 6, 30)));
        }
        List<UUID> traeger = new ArrayList<>();
        for (int t = 0; t < TRAEGER.length; t++) {
            traeger.add(ctx.getBean(TraegerVerzeichnis.class).anlegen(admin, new TraegerDaten(TRAEGER[t], KURZ[t],
                    null, null, List.of(), Set.copyOf(kommunen.values()))).id());
        }
        List<UUID> ids = new ArrayList<>();
        List<Long> schrittIds = new ArrayList<>();
        Map<UUID, Long> versionen = new HashMap<>();
        for (Verlaufsplan.Statusschritt s : plan.statusschritte) {
            MassnahmeAnsicht a;
            if (s.massnahme() == ids.size()) {
                Verlaufsplan.Massnahme m = plan.massnahmen.get(s.massnahme());
                a = massnahmen.anlegen(admin, new MassnahmeDaten(bausteine.get(m.baustein() - 1).id(),
                        traeger.get(m.traeger()), List.of(kommunen.get(m.kommune())), "Maßnahme " + m.nr(), null, null,
                        null, null), new Statuswechsel(s.status(), s.ab(), s.grund()));
                ids.add(a.massnahme().id());
            } else {
                UUID id = ids.get(s.massnahme());
                a = s.ersetzt() == null
                        ? massnahmen.statusAendern(admin, id, versionen.get(id), new Statuswechsel(s.status(), s.ab(),
                        s.grund()))
                        : massnahmen.statusKorrigieren(admin, id, versionen.get(id), schrittIds.get(s.ersetzt()),
                        new Statuswechsel(s.status(), s.ab(), s.grund()));
            }
            versionen.put(a.massnahme().id(), a.massnahme().version());
            schrittIds.add(a.verlauf().stream().filter(e -> e.ab().equals(s.ab()) && e.status() == s.status())
                    .map(StatuseintragAnsicht::id).findFirst().orElseThrow());
        }
        return ids;
    }

    private void eingeben(Nutzer ki, Verlaufsplan.Ereignis e, Map<String, UUID> kommunen, List<UUID> massnahmenIds) {
        int p = e.person();
        UUID id = personIds.get(p);
        TeilnehmerAkte akte;
        if (e instanceof Verlaufsplan.Aufnahme a) {
            akte = aufnahme.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten(a.vorname(), a.nachname(),
                    a.geburtNachgereicht() ? null : a.geburt(), kommunen.get(a.kommune()), null, null),
                    new AufenthaltDaten(a.status(), a.statusAb(), null), a.programm(), a.am(),
                    a.ausnahme() ? "Vorbetreuung; Unterstützungsbedarf besteht fort" : null,
                    a.ausnahme() ? "Leitung KI" : null, null, null, List.of(), List.of(), null));
            personIds.put(p, akte.teilnehmer().id());
            episoden.put(p + "/0", akte.programme().get(0).id());
            eintraegeIds.put(p + "/status/-1", akte.aufenthalte().get(0).id());
        } else if (e instanceof Verlaufsplan.Geburtsdatum g) {
            TeilnehmerAkte alt = akten.get(p);
            akte = dienst.aendern(ki, id, alt.teilnehmer().version(), new TeilnehmerDaten(alt.teilnehmer().vorname(),
                    alt.teilnehmer().nachname(), g.geburt(), null, null, null));
        } else if (e instanceof Verlaufsplan.Teilnahme t) {
            akte = aufnahme.teilnehmen(ki, id, new TeilnahmeAntrag(t.programm(), t.am(),
                    t.ausnahme() ? "Vorbetreuung; Unterstützungsbedarf besteht fort" : null,
                    t.ausnahme() ? "Leitung KI" : null, null, null));
            episoden.put(p + "/" + t.episode(), akte.programme().stream().filter(x -> x.programm().equals(t.programm())
                    && x.aufgenommenAm().equals(t.am())).findFirst().orElseThrow().id());
        } else if (e instanceof Verlaufsplan.Umzug u) {
            akte = eintraege.umziehen(ki, id, new WohnortDaten(kommunen.get(u.kommune()), u.ab()));
            eintraegeIds.put(p + "/umzug/" + u.nr(), akte.wohnorte().stream().filter(w -> w.ab().equals(u.ab()))
                    .findFirst().orElseThrow().id());
        } else if (e instanceof Verlaufsplan.Statuswechsel s) {
            akte = eintraege.aufenthaltErfassen(ki, id, new AufenthaltDaten(s.status(), s.ab(), null));
        } else if (e instanceof Verlaufsplan.Verbot v) {
            akte = eintraege.merkmalErfassen(ki, id, new MerkmalDaten(Personenmerkmal.BESCHAEFTIGUNGSVERBOT, v.ab(),
                    v.bis(), null));
        } else if (e instanceof Verlaufsplan.Freigabeereignis f) {
            akte = eintraege.freigabeErfassen(ki, id, f.programm(), new FreigabeDaten(f.status(), f.am()));
        } else if (e instanceof Verlaufsplan.Zuweisung z) {
            UUID massnahme = massnahmenIds.get(z.massnahme());
            akte = zuweisungen.zuweisen(ki, id, new ZuweisungDaten(massnahme, z.ab(), z.bis(),
                    z.bis() == null ? null : z.ergebnis(), z.ergebnis() == Zuweisungsergebnis.ABBRUCH ? "Abbruch" : null));
            eintraegeIds.put(p + "/zuweisung/" + z.nr(), akte.zuweisungen().stream().filter(x ->
                    x.massnahmeId().equals(massnahme) && x.ab().equals(z.ab())).findFirst().orElseThrow().id());
        } else if (e instanceof Verlaufsplan.Abmeldung a) {
            UUID episode = episoden.get(p + "/" + a.episode());
            akte = teilnahmen.abmelden(ki, episode, teilnahme(p, episode).version(), new Abmeldung(a.am(),
                    "Abmeldung laut Liste", a.art(), null));
        } else if (e instanceof Verlaufsplan.Verweisung v) {
            fallarbeit.verweisen(ki, id, new VerweisungDaten(v.stelle(), null, v.am(), v.ergebnis(), null,
                    v.ergebnisAm()));
            akte = akten.get(p);
        } else if (e instanceof Verlaufsplan.UmzugKorrigiert k) {
            UUID eintrag = eintraegeIds.get(p + "/umzug/" + k.nr());
            UUID kommune = akten.get(p).wohnorte().stream().filter(w -> w.id().equals(eintrag)).findFirst()
                    .orElseThrow().kommuneId();
            akte = eintraege.wohnortKorrigieren(ki, eintrag, new WohnortDaten(kommune, k.ab()));
        } else if (e instanceof Verlaufsplan.UmzugGestrichen k) {
            akte = eintraege.streichen(ki, Eintragsart.WOHNORT, eintraegeIds.get(p + "/umzug/" + k.nr()),
                    "versehentlich erfasst");
        } else if (e instanceof Verlaufsplan.StatusKorrigiert k) {
            UUID eintrag = eintraegeIds.get(p + "/status/-1");
            LocalDate ab = akten.get(p).aufenthalte().stream().filter(a -> a.id().equals(eintrag)).findFirst()
                    .orElseThrow().ab();
            akte = eintraege.aufenthaltKorrigieren(ki, eintrag, new AufenthaltDaten(k.status(), ab, "korrigiert"));
        } else if (e instanceof Verlaufsplan.AufnahmeKorrigiert k) {
            Programmteilnahme alt = teilnahme(p, episoden.get(p + "/0"));
            akte = teilnahmen.korrigieren(ki, alt.id(), new TeilnahmeKorrektur(k.am(), alt.abgemeldetAm(),
                    alt.abmeldegrund(), alt.abmeldeart()));
        } else if (e instanceof Verlaufsplan.ZuweisungKorrigiert k) {
            UUID eintrag = eintraegeIds.get(p + "/zuweisung/" + k.nr());
            var alt = akten.get(p).zuweisungen().stream().filter(z -> z.id().equals(eintrag)).findFirst().orElseThrow();
            akte = zuweisungen.korrigieren(ki, eintrag, new ZuweisungDaten(alt.massnahmeId(), alt.ab(), k.bis(),
                    k.ergebnis(), k.ergebnis() == Zuweisungsergebnis.ABBRUCH ? "Abbruch" : null));
        } else {
            throw new IllegalStateException(e.toString());
        }
        akten.put(p, akte);
        schreibvorgaenge++;
    }

    private Programmteilnahme teilnahme(int person, UUID id) {
        return akten.get(person).programme().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private int aufnahmeVergleichen(Nutzer ki, Referenz r, String programm, LocalDate tag, List<String> abw) {
        Map<String, int[]> ist = new LinkedHashMap<>();
        berichte.aufnahme(ki, programm, tag).zeilen().forEach(z -> ist.put(z.kommune(), new int[] {z.duldung(),
                z.gestattung(), z.aufenthaltstitel(), z.sonstige(), z.gesamt(), z.abgemeldet(), z.aktiv(),
                z.ausnahmen()}));
        return vergleichen("(a) " + programm + " " + tag, ist, r.aufnahme(programm, tag), abw);
    }

    private int zuweisungenVergleichen(Nutzer ki, Referenz r, String programm, LocalDate tag, List<String> abw) {
        Zuweisungstabelle t = berichte.zuweisungen(ki, programm, tag);
        Map<String, int[]> ist = new LinkedHashMap<>();
        t.zeilen().forEach(z -> ist.put("FB " + z.baustein() + "|" + z.traeger(), new int[] {z.zugewiesen(),
                z.laufend(), z.abgeschlossen(), z.abbruch()}));
        return vergleichen("(b) " + programm + " " + tag, ist, r.zuweisungen(programm, tag), abw)
                + vergleichen("(b) Personen " + programm + " " + tag, List.of(t.personen()),
                List.of(r.zugewiesenePersonen(programm, tag)), abw);
    }

    private int gremienzahlenVergleichen(Nutzer ki, Referenz r, String programm, LocalDate tag, List<String> abw) {
        List<Dokument.Tabelle> t = tabellen(dokumente.dokument(ki, Berichtsart.GREMIENZAHLEN, programm, tag));
        String wo = "Gremienzahlen " + programm + " " + tag;
        return vergleichen(wo + " Verbot/Freigabe", zahlen(t.get(0)), r.verboteUndFreigaben(programm, tag), abw)
                + vergleichen(wo + " Verweisungen", zahlen(t.get(1)), r.verweisungen(programm, tag), abw)
                + vergleichen(wo + " Beendigungen", zahlen(t.get(2)), r.beendigungen(programm, tag), abw);
    }

    private int beitraegeVergleichen(Nutzer ki, Referenz r, LocalDate tag, List<String> abw) {
        Map<String, int[]> erwartet = new LinkedHashMap<>();
        r.aufnahme(GK, tag).forEach((k, w) -> erwartet.put(k, new int[] {w[0], w[1], w[2], w[4], w[5], w[6]}));
        int n = vergleichen("Aufnahme-Stand " + tag, zahlen(tabellen(dokumente.dokument(ki,
                "gemeinsam-klappts.aufnahmestand", GK, tag)).get(0)), erwartet, abw);
        Map<String, int[]> ist = new LinkedHashMap<>();
        for (List<Object> z : tabellen(dokumente.dokument(ki, "durchstarten.zuweisungen", DS, tag)).get(0).zeilen()) {
            if (!"Summe".equals(z.get(0))) {
                ist.put(z.get(0) + "|" + z.get(1), new int[] {zahl(z.get(2)), zahl(z.get(3))});
            }
        }
        return n + vergleichen("Zuweisungen je Träger " + tag, ist, r.zuweisungenJeTraeger(tag, t -> KURZ[t]), abw);
    }

    private static List<Dokument.Tabelle> tabellen(Dokument d) {
        return d.bloecke().stream().filter(b -> b instanceof Dokument.Tabelle).map(b -> (Dokument.Tabelle) b).toList();
    }

    /** A table's rows by their first cell, without the sum row, the counts as numbers. */
    private static Map<String, int[]> zahlen(Dokument.Tabelle t) {
        Map<String, int[]> zeilen = new LinkedHashMap<>();
        for (List<Object> z : t.zeilen()) {
            if (!"Summe".equals(z.get(0))) {
                zeilen.put((String) z.get(0), z.subList(1, z.size()).stream().mapToInt(VerlaufsgeneratorTest::zahl)
                        .toArray());
            }
        }
        return zeilen;
    }

    private static int zahl(Object zelle) {
        return ((Number) zelle).intValue();
    }

    /** Compares two tables row by row (a missing row counts as all zeros); the number of cells compared. */
    private static int vergleichen(String wo, Map<String, int[]> ist, Map<String, int[]> soll, List<String> abw) {
        int zellen = 0;
        Set<String> schluessel = new java.util.TreeSet<>(ist.keySet());
        schluessel.addAll(soll.keySet());
        for (String k : schluessel) {
            int[] i = ist.get(k);
            int[] s = soll.get(k);
            int breite = i != null ? i.length : s.length;
            int[] a = i == null ? new int[breite] : i;
            int[] b = s == null ? new int[breite] : s;
            zellen += breite;
            if (!Arrays.equals(a, b)) {
                abw.add(wo + " " + k + ": Bericht " + Arrays.toString(a) + ", Referenz " + Arrays.toString(b));
            }
        }
        return zellen;
    }

    private static <T> int vergleichen(String wo, List<T> ist, List<T> soll, List<String> abw) {
        if (!ist.equals(soll)) {
            abw.add(wo + ": Bericht " + ist + ", Referenz " + soll);
        }
        return soll.size();
    }
}
