package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Anmeldung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Stichtag reports (a) and (b) and the XLSX export of all reports on a large Kreis (issue 7): 50 Kreise, 49 small
 * ones with a few hundred participants each and the largest with 100,000 participants and 1,000,000 case events
 * (residence history, assignments with their outcome, case notes, goals, referrals; dates 2019–2023, a share
 * de-registered), all generated in SQL. Measured in one run after 30 calls to warm up: (a)+(b) through
 * {@link Stichtagsberichte} and through GET /api/berichte/aufnahme + /zuweisungen, the fastest hand-written SQL
 * for the same numbers (checked to be equal, and (a) once more against its former one-lookup-per-person form —
 * the only assertions), and the XLSX export of the reports (a)–(e) of the largest Kreis (five calls) and of its
 * report folder (GET /api/berichte/mappe, one call). Only with {@code -Dteilhabe.messung=true}
 * ({@code infra/bench/berichte.sh}); writes {@code target/messung-berichte.txt}. No assertion on the time.
 *
 * <p>The hand-written statements are the fastest found for these numbers (DISTINCT ON or grouping the episodes per
 * person, joining the episodes to the assignments and index probes per person were slower); like the reports they
 * use the two columns the database derives for this ({@code programmteilnahme.erste}, {@code
 * zuweisung.teilnahmeprogramme}), so the ratio shows what the service adds: rights and program check, one
 * transaction per report with role and search path, three statements instead of two, mapping and sorting (and for
 * the API: authentication and JSON). The one-lookup-per-person form of (a) reads the raw history without them.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
class BerichtMessung {

    static final int KLEINE_KREISE = 49;
    static final int PERSONEN = 100_000;
    static final int AUFWAERMEN = 30;
    static final int LAEUFE = 200;
    static final int EXPORT_LAEUFE = 50;
    static final LocalDate STICHTAG = LocalDate.of(2022, 3, 31);
    static final String PASSWORT = "zaehlwerk-passwort-1";

    /** Case events of the largest Kreis per table; together 1,000,000. */
    static final int AUFENTHALTE_WEITERE = 80_000; // plus one entry per person
    static final int ZUWEISUNGEN = 250_000;
    static final int FALLNOTIZEN = 270_000; // with Kommune, work ban, clearance and re-admission entries: 1,000,000
    static final int ZIELE = 80_000;
    static final int VERWEISUNGEN = 90_000;

    /** Share of the participants per Kommune of the largest Kreis (per cent, RKN's Kommunen). */
    static final Map<String, Integer> ANTEIL = Map.of("Neuss", 35, "Dormagen", 15, "Grevenbroich", 15,
            "Meerbusch", 12, "Kaarst", 10, "Korschenbroich", 6, "Jüchen", 4, "Rommerskirchen", 3);

    /**
     * Hand-written (a): one pass over the first participations ({@code erste}, derived by the database) with the
     * status on the intake day as the schema keeps it, the re-admissions read once into a hashed set for "active"
     * (looked up per person, they cost a probe each: 1.1 s with the planner costs of the local cluster), the Kommune
     * on the day from the residence history's derived ends, counted per Kommune before the names are joined.
     */
    static final String SQL_AUFNAHME = """
            select k.name as kommune, coalesce(x.duldung, 0) as duldung, coalesce(x.gestattung, 0) as gestattung,
                   coalesce(x.aufenthaltstitel, 0) as aufenthaltstitel, coalesce(x.sonstige, 0) as sonstige,
                   coalesce(x.gesamt, 0) as gesamt, coalesce(x.abgemeldet, 0) as abgemeldet,
                   coalesce(x.ausnahmen, 0) as ausnahmen
              from kommune k
              left join (
                select w.kommune_id,
                       sum((f.status_bei_aufnahme = 'DULDUNG')::int) as duldung,
                       sum((f.status_bei_aufnahme = 'GESTATTUNG')::int) as gestattung,
                       sum((f.status_bei_aufnahme = 'AUFENTHALTSTITEL')::int) as aufenthaltstitel,
                       sum((coalesce(f.status_bei_aufnahme, '') not in ('DULDUNG', 'GESTATTUNG',
                                                                        'AUFENTHALTSTITEL'))::int) as sonstige,
                       count(*) as gesamt,
                       sum((f.abgemeldet_am <= {1} and f.teilnehmer_id not in (
                           select r.teilnehmer_id from programmteilnahme r
                            where r.programm = {0} and not r.erste and r.ersetzt_am is null and r.aufgenommen_am <= {1}
                              and (r.abgemeldet_am is null or r.abgemeldet_am > {1})))::int) as abgemeldet,
                       sum((f.ausnahme_grund is not null)::int) as ausnahmen
                  from programmteilnahme f
                  join wohnort w on w.teilnehmer_id = f.teilnehmer_id and w.ersetzt_am is null and w.ab <= {1}
                                and (w.bis is null or w.bis > {1})
                 where f.programm = {0} and f.erste and f.ersetzt_am is null and f.aufgenommen_am <= {1}
                 group by w.kommune_id) x on x.kommune_id = k.id""";


    /**
     * For the check only, run once: (a) straight from the raw history, one lookup per person of the newest residence
     * entry dated on or before the first intake and of the newest Kommune entry dated on or before the cut-off date —
     * the status and the derived ends kept by the triggers must give the same counts.
     */
    static final String SQL_AUFNAHME_JE_PERSON = """
            select k.name as kommune,
                   count(p.teilnehmer_id) filter (where s.status = 'DULDUNG') as duldung,
                   count(p.teilnehmer_id) filter (where s.status = 'GESTATTUNG') as gestattung,
                   count(p.teilnehmer_id) filter (where s.status = 'AUFENTHALTSTITEL') as aufenthaltstitel,
                   count(p.teilnehmer_id) filter (where s.status is null
                                          or s.status not in ('DULDUNG', 'GESTATTUNG', 'AUFENTHALTSTITEL')) as sonstige,
                   count(p.teilnehmer_id) as gesamt,
                   count(p.teilnehmer_id) filter (where not p.aktiv) as abgemeldet,
                   count(p.teilnehmer_id) filter (where p.ausnahme) as ausnahmen
              from kommune k
              left join (select e.teilnehmer_id, min(e.aufgenommen_am) as erste,
                                (array_agg(e.ausnahme_grund is not null order by e.aufgenommen_am))[1] as ausnahme,
                                bool_or(e.abgemeldet_am is null or e.abgemeldet_am > {1}) as aktiv,
                                (select w.kommune_id from wohnort w where w.teilnehmer_id = e.teilnehmer_id
                                    and w.ab <= {1} and w.ersetzt_am is null
                                  order by w.ab desc, w.erfasst_am desc, w.id desc limit 1) as kommune_id
                           from programmteilnahme e
                          where e.programm = {0} and e.aufgenommen_am <= {1} and e.ersetzt_am is null
                          group by e.teilnehmer_id) p on p.kommune_id = k.id
              left join lateral (select a.status from aufenthalt a
                                  where a.teilnehmer_id = p.teilnehmer_id and a.ab <= p.erste and a.ersetzt_am is null
                                  order by a.ab desc, a.erfasst_am desc, a.id desc limit 1) s on true
             group by k.id, k.name""";

    /**
     * Hand-written (b) in one statement: the assignments begun by the cut-off date that belong to a Maßnahme of the
     * program or began during one of its participations (the programs kept on the assignment,
     * {@code teilnahmeprogramme}), counted per Maßnahme, then summed per Baustein and provider; the people likewise.
     */
    static final String SQL_ZUWEISUNGEN = """
            with z as (
                select z.teilnehmer_id, z.massnahme_id, z.bis, z.ergebnis
                  from zuweisung z
                  join massnahme m on m.id = z.massnahme_id
                  join baustein b on b.id = m.baustein_id
                 where z.ab <= {1} and z.ersetzt_am is null
                   and (b.programm_id = {0} or z.teilnahmeprogramme @> array[{0}::text])),
            g as (
                select z.massnahme_id, count(*) as zugewiesen,
                       count(*) filter (where z.bis is null or z.bis > {1}) as laufend,
                       count(*) filter (where z.ergebnis = 'ABGESCHLOSSEN' and z.bis <= {1}) as abgeschlossen,
                       count(*) filter (where z.ergebnis = 'ABBRUCH' and z.bis <= {1}) as abbruch
                  from z group by z.massnahme_id)
            select b.programm_id, b.nummer, b.name as baustein_name, mt.name as traeger,
                   sum(g.zugewiesen)::int as zugewiesen, sum(g.laufend)::int as laufend,
                   sum(g.abgeschlossen)::int as abgeschlossen, sum(g.abbruch)::int as abbruch,
                   (select count(distinct teilnehmer_id) from z)::int as personen
              from g
              join massnahme m on m.id = g.massnahme_id
              join baustein b on b.id = m.baustein_id
              join massnahmetraeger mt on mt.id = m.traeger_id
             group by b.programm_id, b.nummer, b.name, mt.name""";

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Test
    void stichtagsberichteAufFuenfzigKreisen() throws IOException {
        List<String> zeilen = new ArrayList<>();
        long t0 = System.nanoTime();
        int kleinePersonen = 0;
        for (int k = 0; k < KLEINE_KREISE; k++) {
            Nutzer admin = Programmumgebung.kreisMit(ctx, "ber" + k, GEMEINSAM_KLAPPTS);
            int personen = 200 + (k * 37) % 400;
            kleinenKreisErzeugen(admin.kreisSlug(), personen);
            kleinePersonen += personen;
        }
        double kleineS = (System.nanoTime() - t0) / 1e9;

        Nutzer admin = Programmumgebung.kreisMit(ctx, "bergross", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        String slug = admin.kreisSlug();
        ctx.getBean(RknMassnahmen.class).anlegen(RknStichtagTest.rolle(admin, Rolle.KI_KOORDINATION));
        Map<String, UUID> kommunen = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        long t1 = System.nanoTime();
        Map<String, Long> ereignisse = grossenKreisErzeugen(slug, kommunen);
        double grossS = (System.nanoTime() - t1) / 1e9;
        String vakuum = aufraeumen(slug);

        String konto = slug + ".ki";
        ctx.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(konto, "KI", Set.of(Rolle.KI_KOORDINATION),
                true, PASSWORT));
        Nutzer ki = ctx.getBean(Anmeldung.class).anmelden(konto, PASSWORT, "messung");
        String token = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                konto, "passwort", PASSWORT)), Map.class).get("accessToken");

        long summeEreignisse = ereignisse.values().stream().mapToLong(Long::longValue).sum();
        zeilen.add(String.format(Locale.ROOT, "Stichtagsberichte, Stichtag %s, Programm %s: %d Kreise — %d kleine mit "
                + "zusammen %,d Teilnehmenden (angelegt und erzeugt in %.1f s), der größte mit %,d Teilnehmenden und "
                + "%,d Fallereignissen (erzeugt in %.1f s%s)", STICHTAG, GEMEINSAM_KLAPPTS, KLEINE_KREISE + 1,
                KLEINE_KREISE, kleinePersonen, kleineS, PERSONEN, summeEreignisse, grossS, vakuum));
        zeilen.add("  Fallereignisse: " + ereignisse.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));

        Stichtagsberichte berichte = ctx.getBean(Stichtagsberichte.class);
        KreisTransaktion transaktion = ctx.getBean(KreisTransaktion.class);
        DSLContext sql = ctx.getBean(DSLContext.class);

        // the one check: hand-written SQL and the service give the same numbers
        Aufnahmetabelle aufnahme = berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        Zuweisungstabelle zuweisungen = berichte.zuweisungen(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        Handgeschrieben hand = transaktion.lesen(slug, () -> handgeschrieben(sql));
        Map<String, List<Integer>> jePerson = transaktion.lesen(slug, () -> aufnahme(sql, SQL_AUFNAHME_JE_PERSON));
        Map<String, List<Integer>> dienstAufnahme = new HashMap<>();
        aufnahme.zeilen().forEach(z -> dienstAufnahme.put(z.kommune(), List.of(z.duldung(), z.gestattung(),
                z.aufenthaltstitel(), z.sonstige(), z.gesamt(), z.abgemeldet(), z.ausnahmen())));
        List<String> dienstZuweisungen = zuweisungen.zeilen().stream().map(z -> String.join("|", z.bausteinProgramm(),
                String.valueOf(z.baustein()), String.valueOf(z.bausteinName()), String.valueOf(z.traeger()),
                String.valueOf(z.zugewiesen()), String.valueOf(z.laufend()), String.valueOf(z.abgeschlossen()),
                String.valueOf(z.abbruch()))).sorted().toList();
        zeilen.add(String.format(Locale.ROOT, "  Bericht (a): %,d aufgenommen (%,d Duldung, %,d Gestattung, "
                        + "%,d Aufenthaltstitel, %,d sonstige), %,d abgemeldet, %,d Ausnahmen in %d Kommunen",
                aufnahme.summe().gesamt(), aufnahme.summe().duldung(), aufnahme.summe().gestattung(),
                aufnahme.summe().aufenthaltstitel(), aufnahme.summe().sonstige(), aufnahme.summe().abgemeldet(),
                aufnahme.summe().ausnahmen(), aufnahme.zeilen().size()));
        zeilen.add(String.format(Locale.ROOT, "  Bericht (b): %,d Zuweisungen (%,d laufend, %,d abgeschlossen, "
                        + "%,d Abbruch) von %,d Personen in %d Zeilen (Förderbaustein × Träger)",
                zuweisungen.summe().zugewiesen(), zuweisungen.summe().laufend(), zuweisungen.summe().abgeschlossen(),
                zuweisungen.summe().abbruch(), zuweisungen.personen(), zuweisungen.zeilen().size()));

        String lastVorher = last();
        BlockingHttpClient client = http.toBlocking();
        String parameter = "?programm=" + GEMEINSAM_KLAPPTS + "&stichtag=" + STICHTAG;
        HttpRequest<?> aufnahmeAnfrage = HttpRequest.GET("/api/berichte/aufnahme" + parameter).bearerAuth(token);
        HttpRequest<?> zuweisungsAnfrage = HttpRequest.GET("/api/berichte/zuweisungen" + parameter).bearerAuth(token);
        // the three ways in turn within each run, so that a change of load on the machine hits all of them alike
        double[][] ab = messen(LAEUFE, () -> {
            berichte.aufnahme(ki, GEMEINSAM_KLAPPTS, STICHTAG);
            berichte.zuweisungen(ki, GEMEINSAM_KLAPPTS, STICHTAG);
        }, () -> {
            client.retrieve(aufnahmeAnfrage, String.class);
            client.retrieve(zuweisungsAnfrage, String.class);
        }, () -> transaktion.lesen(slug, () -> handgeschrieben(sql)));
        double[] dienst = ab[0];
        double[] api = ab[1];
        double[] handMs = ab[2];

        // The reports of the Kreis as XLSX, one run = all calls of this list (issue 7: "XLSX export of all
        // reports"). For the whole folder in one workbook it becomes: List.of("/api/berichte/mappe" + datei)
        String datei = parameter + "&format=xlsx";
        List<String> exporte = List.of(
                "/api/berichte/aufnahme/export" + datei,
                "/api/berichte/zuweisungen/export" + datei,
                "/api/berichte/massnahmen/export" + datei,
                "/api/berichte/stellen/export" + datei,
                "/api/berichte/finanzierung/export" + datei);
        long[] bytes = new long[1];
        double[] xlsx = messen(EXPORT_LAEUFE, () -> bytes[0] = laden(client, exporte, token))[0];
        // and the report folder (all reports of the program, plugin parts included) in one workbook
        List<String> mappe = List.of("/api/berichte/mappe" + datei);
        long[] mappeBytes = new long[1];
        String mappeZeile;
        try {
            double[] mappeMs = messen(EXPORT_LAEUFE, () -> mappeBytes[0] = laden(client, mappe, token))[0];
            mappeZeile = zeit("XLSX-Berichtsmappe (1 Abruf, alle)", mappeMs)
                    + String.format(Locale.ROOT, "  (%,d Bytes)", mappeBytes[0]);
        } catch (RuntimeException e) {
            mappeZeile = "XLSX-Berichtsmappe: " + e.getMessage();
        }

        zeilen.add(String.format(Locale.ROOT, "Je %d Läufe nach %d zum Aufwärmen (Exporte: %d Läufe), größter Kreis; "
                + "%d CPUs, Last vorher %s, nachher %s:", LAEUFE, AUFWAERMEN, EXPORT_LAEUFE,
                Runtime.getRuntime().availableProcessors(), lastVorher, last()));
        zeilen.add(zeit("(a)+(b) über Stichtagsberichte", dienst));
        zeilen.add(zeit("(a)+(b) über GET /api/berichte/…", api));
        zeilen.add(zeit("(a)+(b) handgeschriebenes SQL", handMs));
        zeilen.add(String.format(Locale.ROOT, "%-40s Median %6.2f×  p95 %6.2f×   (API: Median %.2f×, p95 %.2f×)",
                "Verhältnis Dienst / handgeschrieben", dienst[0] / handMs[0], dienst[1] / handMs[1],
                api[0] / handMs[0], api[1] / handMs[1]));
        zeilen.add(zeit("XLSX-Export der Berichte (" + exporte.size() + " Abrufe)", xlsx)
                + String.format(Locale.ROOT, "  (%,d Bytes)", bytes[0]));
        zeilen.add(mappeZeile);
        String bericht = String.join("\n", zeilen) + "\n";
        System.out.print(bericht);
        Files.writeString(Path.of("target", "messung-berichte.txt"), bericht);

        assertThat(hand.aufnahme()).as("Bericht (a): handgeschriebenes SQL = Dienst, je Kommune")
                .isEqualTo(dienstAufnahme);
        assertThat(jePerson).as("Bericht (a): aus dem Aufenthaltsverlauf je Person = Dienst, je Kommune")
                .isEqualTo(dienstAufnahme);
        assertThat(hand.zuweisungen()).as("Bericht (b): handgeschriebenes SQL = Dienst, je Zeile")
                .isEqualTo(dienstZuweisungen);
        assertThat(hand.personen()).as("Bericht (b): zugewiesene Personen").isEqualTo(zuweisungen.personen());
    }

    /** Downloads the files one after the other; their total size in bytes. */
    private static long laden(BlockingHttpClient client, List<String> pfade, String token) {
        long n = 0;
        for (String pfad : pfade) {
            n += client.retrieve(HttpRequest.GET(pfad).bearerAuth(token), byte[].class).length;
        }
        return n;
    }

    record Handgeschrieben(Map<String, List<Integer>> aufnahme, List<String> zuweisungen, int personen) {
    }

    private static Map<String, List<Integer>> aufnahme(DSLContext sql, String abfrage) {
        Map<String, List<Integer>> aufnahme = new HashMap<>();
        for (Record r : sql.resultQuery(abfrage, DSL.val(GEMEINSAM_KLAPPTS), DSL.val(STICHTAG)).fetch()) {
            aufnahme.put(r.get("kommune", String.class), List.of(r.get("duldung", Integer.class),
                    r.get("gestattung", Integer.class), r.get("aufenthaltstitel", Integer.class),
                    r.get("sonstige", Integer.class), r.get("gesamt", Integer.class), r.get("abgemeldet", Integer.class),
                    r.get("ausnahmen", Integer.class)));
        }
        return aufnahme;
    }

    private static Handgeschrieben handgeschrieben(DSLContext sql) {
        Map<String, List<Integer>> aufnahme = aufnahme(sql, SQL_AUFNAHME);
        List<String> zuweisungen = new ArrayList<>();
        int personen = 0;
        for (Record r : sql.resultQuery(SQL_ZUWEISUNGEN, DSL.val(GEMEINSAM_KLAPPTS), DSL.val(STICHTAG)).fetch()) {
            zuweisungen.add(String.join("|", r.get("programm_id", String.class), r.get("nummer", String.class),
                    String.valueOf(r.get("baustein_name", String.class)), String.valueOf(r.get("traeger", String.class)),
                    r.get("zugewiesen", String.class), r.get("laufend", String.class),
                    r.get("abgeschlossen", String.class), r.get("abbruch", String.class)));
            personen = r.get("personen", Integer.class);
        }
        zuweisungen.sort(null);
        return new Handgeschrieben(aufnahme, zuweisungen, personen);
    }

    private void kleinenKreisErzeugen(String slug, int personen) {
        ctx.getBean(KreisTransaktion.class).schreiben(slug, () -> {
            DSLContext sql = ctx.getBean(DSLContext.class);
            sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, fallverantwortung,"
                    + " version)"
                    + " select gen_random_uuid(), 'Vorname' || i, 'Nachname' || (i % 50), date '1985-01-01' + (i % 5000),"
                    + " (select array_agg(id order by name) from kommune)[1 + i % 8], 'cm.' || (i % 4), 0"
                    + " from generate_series(1, " + personen + ") i");
            sql.execute("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von) select gen_random_uuid(),"
                    + " id, kommune_id, date '2018-06-01', 'messung' from teilnehmer");
            sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab, erfasst_von) select gen_random_uuid(), id,"
                    + " (array['DULDUNG','GESTATTUNG','DULDUNG','AUFENTHALTSTITEL'])[1 + abs(hashtext(id::text)) % 4],"
                    + " date '2018-12-01', 'messung' from teilnehmer");
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, abgemeldet_am,"
                    + " abmeldegrund, abmeldeart, einstufung, erfasst_von) select gen_random_uuid(), id, '"
                    + GEMEINSAM_KLAPPTS + "', date '2019-01-01' + n * 7 % 1826, case when n % 7 = 3 then"
                    + " date '2019-01-01' + n * 7 % 1826 + 60 + n % 700 end, case when n % 7 = 3 then 'weggezogen' end,"
                    + " case when n % 7 = 3 then 'WEGZUG' end, 'PRIMAER', 'messung'"
                    + " from (select id, (row_number() over (order by id))::int as n from teilnehmer) t");
            sql.execute("analyze teilnehmer, wohnort, aufenthalt, programmteilnahme");
        });
    }

    /**
     * The largest Kreis: people over the eight Kommunen (Neuss largest), taken in from 2019 to 2023, every seventh
     * de-registered and a third of those taken in again later (a second episode), 95 % in „Gemeinsam klappt’s“
     * (2 % as documented exceptions), a fifth also in „Durchstarten“; every person's Kommune from 2018 and moves to
     * another Kommune, residence histories with entries before and after intake (so the status at intake is not the
     * current one), work bans, ABH clearances, assignments to the Maßnahmen of the Kreis (running, completed, dropped
     * out; never two at once to one Maßnahme), case notes, goals, referrals — as dated facts (ADR 0002).
     */
    private Map<String, Long> grossenKreisErzeugen(String slug, Map<String, UUID> kommunen) {
        List<String> verteilung = new ArrayList<>();
        ANTEIL.forEach((name, prozent) -> {
            for (int i = 0; i < prozent; i++) {
                verteilung.add("'" + kommunen.get(name) + "'::uuid");
            }
        });
        assertThat(verteilung).hasSize(100);
        String orte = String.join(",", verteilung);
        String nummeriert = "with t as (select id, aufgenommen_am, (row_number() over (order by id)) - 1 as nr"
                + " from teilnehmer) ";
        return ctx.getBean(KreisTransaktion.class).schreiben(slug, () -> {
            DSLContext sql = ctx.getBean(DSLContext.class);
            sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, fallverantwortung,"
                    + " version)"
                    + " select gen_random_uuid(), 'Vorname' || i,"
                    + " (array['Müller','Schmidt','Ahmadi','Haddad','Karimi','Tesfaye','Yilmaz','Kaya','Nowak','Ali',"
                    + "'Rahimi','Hosseini','Abdi','Omar','Diallo','Haile','Osman','Ibrahim','Hassan','Khan'])[1 + i % 20],"
                    + " date '1960-01-01' + (i * 13 % 16000), (array[" + orte + "])[1 + (i * 37) % 100],"
                    + " 'cm.' || (i % 40), 0"
                    + " from generate_series(1, " + PERSONEN + ") i");
            sql.execute("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von)"
                    + " select gen_random_uuid(), id, kommune_id, date '2018-06-01', 'messung' from teilnehmer");
            // moves: a third of the people move once between 2019 and 2023
            sql.execute("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von)"
                    + " select gen_random_uuid(), id, (array[" + orte + "])[1 + (abs(hashtext(id::text || 'w')) + 50) % 100],"
                    + " date '2019-01-01' + abs(hashtext(id::text || 'u')) % 1800, 'messung'"
                    + " from teilnehmer where abs(hashtext(id::text || 'm')) % 3 = 0");
            String status = "(array['DULDUNG','GESTATTUNG','DULDUNG','AUFENTHALTSTITEL','GESTATTUNG','DULDUNG',"
                    + "'EU_FREIZUEGIGKEIT','SONSTIGER','DULDUNG','GESTATTUNG'])";
            String aufnahme = "date '2019-01-01' + (abs(hashtext(id::text || 'a')) % 1826)";
            // the residence history first, so that the participations find their status on the intake day at once
            String nummeriertVorher = "with t as (select id, " + aufnahme + " as aufnahme,"
                    + " (row_number() over (order by id)) - 1 as nr from teilnehmer) ";
            // the first status dated before the first intake (or, for those not taken in, at an arbitrary day)
            sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab, erfasst_am, erfasst_von)"
                    + " select gen_random_uuid(), id, " + status + "[1 + abs(hashtext(id::text)) % 10],"
                    + " " + aufnahme + " - abs(hashtext(id::text)) % 200,"
                    + " now() - interval '1 day', 'messung' from teilnehmer");
            // further entries, about a third of them dated before the intake; no two share date and entry time
            sql.execute(nummeriertVorher + "insert into aufenthalt (id, teilnehmer_id, status, ab, notiz, erfasst_am, erfasst_von)"
                    + " select gen_random_uuid(), t.id, " + status + "[1 + (i * 7) % 10],"
                    + " least(t.aufnahme - 150 + i % 750, date '2025-06-30'),"
                    + " 'Bescheid ' || i, now() - interval '1 hour' + i * interval '1 millisecond', 'messung'"
                    + " from generate_series(0, " + (AUFENTHALTE_WEITERE - 1) + ") i"
                    + " join t on t.nr = abs(hashtext('a' || i)) % " + PERSONEN);
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, abgemeldet_am,"
                    + " abmeldegrund, abmeldeart, einstufung, ausnahme_grund, ausnahme_genehmigt_von, erfasst_von)"
                    + " select gen_random_uuid(), id, '" + GEMEINSAM_KLAPPTS + "', " + aufnahme + ","
                    + " case when abs(hashtext(id::text)) % 7 = 3 then " + aufnahme + " + 30 + abs(hashtext(id::text)) % 900 end,"
                    + " case when abs(hashtext(id::text)) % 7 = 3 then 'weggezogen' end,"
                    + " case when abs(hashtext(id::text)) % 7 = 3 then 'WEGZUG' end,"
                    + " case when abs(hashtext(id::text)) % 50 = 0 then 'NICHT_ZIELGRUPPE'"
                    + " when abs(hashtext(id::text)) % 3 = 0 then 'SEKUNDAER' else 'PRIMAER' end,"
                    + " case when abs(hashtext(id::text)) % 50 = 0 then 'Einzelfallentscheidung' end,"
                    + " case when abs(hashtext(id::text)) % 50 = 0 then 'ki.leitung' end, 'messung'"
                    + " from teilnehmer where abs(hashtext(id::text || 'p')) % 20 <> 0");
            // re-admissions: a third of the de-registered come back 60 days later (a new episode)
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                    + " erfasst_von) select gen_random_uuid(), teilnehmer_id, programm, abgemeldet_am + 60, 'PRIMAER',"
                    + " 'messung' from programmteilnahme where abgemeldet_am is not null"
                    + " and abs(hashtext(teilnehmer_id::text || 'r')) % 3 = 0");
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                    + " erfasst_von) select gen_random_uuid(), id, '" + DURCHSTARTEN + "', " + aufnahme + " + 10,"
                    + " 'PRIMAER', 'messung' from teilnehmer where abs(hashtext(id::text || 'd')) % 5 = 0");
            sql.execute("insert into merkmal (id, teilnehmer_id, merkmal, ab, erfasst_von)"
                    + " select gen_random_uuid(), id, 'BESCHAEFTIGUNGSVERBOT', coalesce(aufgenommen_am, date '2020-01-01'),"
                    + " 'messung' from teilnehmer where abs(hashtext(id::text || 'b')) % 9 = 0");
            sql.execute("insert into freigabe (id, teilnehmer_id, programm, status, ab, erfasst_von)"
                    + " select gen_random_uuid(), teilnehmer_id, programm, case when abs(hashtext(id::text)) % 4 = 0"
                    + " then 'ANGEFRAGT' else 'BESTAETIGT' end, aufgenommen_am + 14, 'messung' from programmteilnahme"
                    + " where programm = '" + GEMEINSAM_KLAPPTS + "'");
            // person i % N, Maßnahme by i / N: never twice to one Maßnahme (the exclusion constraint)
            sql.execute(nummeriert + ", m as (select array_agg(id order by laufnummer) as ids, count(*)::int as n"
                    + " from massnahme)"
                    + " insert into zuweisung (id, teilnehmer_id, massnahme_id, ab, ergebnis, bis, abbruchgrund,"
                    + " erfasst_von, version)"
                    + " select gen_random_uuid(), t.id, m.ids[(1 + (i / " + PERSONEN + " * 7 + t.nr) % m.n)::int],"
                    + " coalesce(t.aufgenommen_am, date '2020-01-01') + i % 400, e.ergebnis,"
                    + " case e.ergebnis when 'LAUFEND' then null"
                    + " else coalesce(t.aufgenommen_am, date '2020-01-01') + i % 400 + 20 + (i * 3) % 300 end,"
                    + " case when e.ergebnis = 'ABBRUCH' then 'Abbruch durch Teilnehmende' end, 'messung', 0"
                    + " from generate_series(0, " + (ZUWEISUNGEN - 1) + ") i"
                    + " join t on t.nr = i % " + PERSONEN
                    + " cross join m"
                    + " cross join lateral (select case when i % 10 < 2 then 'ABBRUCH' when i % 10 < 6 then 'ABGESCHLOSSEN'"
                    + " else 'LAUFEND' end as ergebnis) e");
            sql.execute(nummeriert + "insert into fallnotiz (id, teilnehmer_id, am, text, verfasser)"
                    + " select gen_random_uuid(), t.id, coalesce(t.aufgenommen_am, date '2020-01-01') + i % 900,"
                    + " 'Beratungsgespräch ' || i, 'cm.' || (i % 40)"
                    + " from generate_series(0, " + (FALLNOTIZEN - 1) + ") i"
                    + " join t on t.nr = abs(hashtext('n' || i)) % " + PERSONEN);
            sql.execute(nummeriert + "insert into ziel (id, teilnehmer_id, bedarf, ziel, status, vereinbart_am, zieldatum,"
                    + " erreicht_am, version)"
                    + " select gen_random_uuid(), t.id, (array['Sprache','Arbeit','Wohnen','Ausbildung'])[1 + i % 4],"
                    + " 'Ziel ' || i, case when i % 3 = 0 then 'ERREICHT' else 'OFFEN' end,"
                    + " coalesce(t.aufgenommen_am, date '2020-01-01') + i % 300,"
                    + " coalesce(t.aufgenommen_am, date '2020-01-01') + i % 300 + 180,"
                    + " case when i % 3 = 0 then coalesce(t.aufgenommen_am, date '2020-01-01') + i % 300 + 120 end, 0"
                    + " from generate_series(0, " + (ZIELE - 1) + ") i"
                    + " join t on t.nr = abs(hashtext('g' || i)) % " + PERSONEN);
            sql.execute(nummeriert + "insert into verweisung (id, teilnehmer_id, stelle, am, ergebnisart, ergebnis,"
                    + " ergebnis_am, version)"
                    + " select gen_random_uuid(), t.id, (array['JOBCENTER','SCHULDNERBERATUNG','MIGRATIONSBERATUNG',"
                    + "'JUGENDMIGRATIONSDIENST'])[1 + i % 4], coalesce(t.aufgenommen_am, date '2020-01-01') + i % 500,"
                    + " case when i % 2 = 0 then 'VERMITTELT' end, case when i % 2 = 0 then 'angenommen' end,"
                    + " case when i % 2 = 0 then coalesce(t.aufgenommen_am, date '2020-01-01') + i % 500 + 14 end, 0"
                    + " from generate_series(0, " + (VERWEISUNGEN - 1) + ") i"
                    + " join t on t.nr = abs(hashtext('v' || i)) % " + PERSONEN);
            Map<String, Long> n = new java.util.LinkedHashMap<>();
            for (String tabelle : List.of("wohnort", "aufenthalt", "programmteilnahme", "merkmal", "freigabe",
                    "zuweisung", "fallnotiz", "ziel", "verweisung")) {
                n.put(tabelle, sql.fetchOne("select count(*) from " + tabelle).get(0, Long.class));
            }
            sql.execute("analyze teilnehmer, wohnort, aufenthalt, programmteilnahme, merkmal, freigabe, zuweisung,"
                    + " fallnotiz, ziel, verweisung");
            return n;
        });
    }

    /**
     * The trigger on residence entries updates the participant row once per entry; vacuum as the owner of the
     * tables (plain JDBC, outside a Kreis transaction) as autovacuum would soon, so that it does not run during
     * the measurement and index-only scans see an up-to-date visibility map.
     */
    private String aufraeumen(String slug) {
        String schema = ctx.getBean(Mandanten.class).schema(slug).schemaSql();
        long t0 = System.nanoTime();
        Datenbank db = new Datenbank(ctx);
        for (String tabelle : List.of("teilnehmer", "wohnort", "aufenthalt", "programmteilnahme", "zuweisung")) {
            db.ausfuehren("vacuum analyze " + schema + "." + tabelle);
        }
        return String.format(Locale.ROOT, ", vacuum analyze %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    /** Load average of the machine (other processes share the CPUs) for judging the figures. */
    private static String last() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unbekannt";
        }
    }

    private static String zeit(String was, double[] ms) {
        return String.format(Locale.ROOT, "%-40s Median %7.1f ms  p95 %7.1f ms  max %7.1f ms", was, ms[0], ms[1], ms[2]);
    }

    /** Median, p95 and max in ms per task; the tasks run in turn, {@value #AUFWAERMEN} rounds to warm up first. */
    private static double[][] messen(int laeufe, Runnable... arbeiten) {
        for (int i = 0; i < AUFWAERMEN; i++) {
            for (Runnable arbeit : arbeiten) {
                arbeit.run();
            }
        }
        double[][] ms = new double[arbeiten.length][laeufe];
        for (int i = 0; i < laeufe; i++) {
            for (int a = 0; a < arbeiten.length; a++) {
                long t0 = System.nanoTime();
                arbeiten[a].run();
                ms[a][i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[][] ergebnis = new double[arbeiten.length][];
        for (int a = 0; a < arbeiten.length; a++) {
            Arrays.sort(ms[a]);
            ergebnis[a] = new double[] {ms[a][laeufe / 2], ms[a][(int) (laeufe * 0.95)], ms[a][laeufe - 1]};
        }
        return ergebnis;
    }
}
