package de.teilhabe.platform.bericht;

import de.teilhabe.platform.mandant.KreisTransaktion;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The Rhein-Kreis Neuss's case numbers of 31.03.2021 (seed 000) as demo participants of „Gemeinsam klappt’s“:
 * 204 people taken in (per Kommune and status exactly as the council table: 122 Duldung, 80 Gestattung, 2 with an
 * Aufenthaltstitel as documented exceptions), 19 de-registered, 185 active, 53 of the active people with a Duldung
 * with a work ban, and 109 of them assigned to the Maßnahmen of {@code RknMassnahmen} (Förderbausteine of
 * „Durchstarten“, which admits the participants of „Gemeinsam klappt’s“) with the drop-outs per provider of the
 * seed's table. Every fact is dated (ADR 0002): Kommune, residence status, work ban, participation with its
 * de-registration, ABH clearance, assignments.
 *
 * <p>The seed gives neither the de-registrations per Kommune nor which Maßnahme of a provider a person went to;
 * those are chosen here (see {@link #KOMMUNEN} and {@link #ZUTEILUNG}) and people are assigned to Maßnahmen in
 * their own Kommune. Everything is deterministic: names („Demo-…“, clearly fictitious), birth dates, intake days
 * (Duldung from mid-June 2020, Gestattung from December 2020 as the paper says), residence histories (every fifth
 * Gestattung turns into a Duldung after intake — the report still counts the status on the intake day),
 * consents (every fourth assigned person without the consent to exchange data with providers). Written in one
 * Kreis transaction as JDBC batches; a Kreis with participants gets nothing.
 */
@Singleton
public class RknStichtag31032021 {

    public static final String PROGRAMM = "gemeinsam-klappts";
    public static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    /** Kommune, Duldung, Gestattung, Aufenthaltstitel (council table of seed 000), de-registered (chosen). */
    record Kommunenzahlen(String kommune, int duldung, int gestattung, int aufenthaltstitel, int abgemeldet) {
    }

    static final List<Kommunenzahlen> KOMMUNEN = List.of(
            new Kommunenzahlen("Dormagen", 14, 21, 0, 3),
            new Kommunenzahlen("Grevenbroich", 26, 14, 0, 4),
            new Kommunenzahlen("Jüchen", 7, 7, 1, 1),
            new Kommunenzahlen("Kaarst", 15, 2, 0, 2),
            new Kommunenzahlen("Korschenbroich", 26, 9, 0, 3),
            new Kommunenzahlen("Meerbusch", 19, 15, 1, 3),
            new Kommunenzahlen("Neuss", 4, 5, 0, 1),
            new Kommunenzahlen("Rommerskirchen", 11, 7, 0, 2));

    /**
     * Assignments: Förderbaustein, provider (short name), a Kommune and the planned start of the Maßnahme, the
     * Kommune the people live in, how many, of them dropped out. Per provider as seed 000: AWO FB 1 16, Caritas
     * FB 1 19 (2 drop-outs), KJA FB 1 12 (2), TZG FB 1 42 (5), KJA FB 2 6, VHS Grevenbroich FB 3 14 (2).
     */
    record Zuteilung(int baustein, String traeger, String ort, LocalDate start, String wohnort, int anzahl,
                     int abbrueche) {
    }

    static final List<Zuteilung> ZUTEILUNG = List.of(
            new Zuteilung(1, "AWO Berufshilfe", "Grevenbroich", LocalDate.of(2020, 12, 1), "Grevenbroich", 16, 0),
            new Zuteilung(1, "Caritas", "Dormagen", LocalDate.of(2020, 4, 1), "Dormagen", 8, 1),
            new Zuteilung(1, "Caritas", "Neuss", LocalDate.of(2020, 4, 1), "Neuss", 4, 0),
            new Zuteilung(1, "Caritas", "Kaarst", LocalDate.of(2020, 4, 1), "Kaarst", 7, 1),
            new Zuteilung(1, "KJA", "Dormagen", LocalDate.of(2020, 10, 1), "Dormagen", 8, 1),
            new Zuteilung(1, "KJA", "Grevenbroich", LocalDate.of(2020, 10, 1), "Grevenbroich", 4, 1),
            new Zuteilung(1, "TZG", "Jüchen", LocalDate.of(2020, 11, 20), "Jüchen", 8, 1),
            new Zuteilung(1, "TZG", "Korschenbroich", LocalDate.of(2020, 11, 20), "Korschenbroich", 12, 1),
            new Zuteilung(1, "TZG", "Meerbusch", LocalDate.of(2020, 6, 1), "Meerbusch", 8, 1),
            new Zuteilung(1, "TZG", "Meerbusch", LocalDate.of(2020, 11, 1), "Meerbusch", 6, 1),
            new Zuteilung(1, "TZG", "Rommerskirchen", LocalDate.of(2021, 1, 1), "Rommerskirchen", 8, 1),
            new Zuteilung(2, "KJA", "Dormagen", LocalDate.of(2020, 11, 1), "Dormagen", 2, 0),
            new Zuteilung(2, "KJA", "Grevenbroich", LocalDate.of(2020, 11, 1), "Grevenbroich", 2, 0),
            new Zuteilung(2, "KJA", "Neuss", LocalDate.of(2020, 11, 1), "Neuss", 2, 0),
            new Zuteilung(3, "VHS Grevenbroich", "Grevenbroich", LocalDate.of(2020, 11, 9), "Grevenbroich", 14, 2));

    private static final LocalDate DULDUNG_AB = LocalDate.of(2020, 6, 15);
    private static final LocalDate GESTATTUNG_AB = LocalDate.of(2020, 12, 7);
    private static final LocalDate LETZTE_AUFNAHME = LocalDate.of(2021, 3, 10);
    /** People with a Duldung and a work ban in the program on 31.03.2021 (seed 000). */
    static final int VERBOTE = 53;
    private static final String[] VORNAMEN = {"Abdi", "Bilal", "Dalia", "Emre", "Fatima", "Goran", "Hana", "Idris",
        "Jana", "Karim", "Leyla", "Malik", "Nour", "Omid", "Parisa", "Rami", "Samira", "Tarek", "Umut", "Vida",
        "Walid", "Yara", "Zaid", "Aylin"};
    private static final String[] NACHNAMEN = {"Beispiel", "Muster", "Probe", "Testfall", "Fiktiv", "Erfunden",
        "Platzhalter", "Modell", "Entwurf"};
    private static final String[] SPRACHNIVEAU = {"A1", "A2", "B1", null};

    private record Person(UUID id, String kommune, String status, LocalDate aufnahme) {
    }

    private final KreisTransaktion transaktion;
    private final DSLContext sql;

    RknStichtag31032021(KreisTransaktion transaktion, DSLContext sql) {
        this.transaktion = transaktion;
        this.sql = sql;
    }

    /**
     * Enters the facts into a Kreis with the Rhein-Kreis Neuss's Kommunen, „Gemeinsam klappt’s“ and
     * „Durchstarten“ enabled and the Maßnahmen of {@code RknMassnahmen}; {@code fallverantwortung} is the
     * responsible case manager's account. Returns whether anything was written.
     */
    public boolean anlegen(String kreisSlug, String fallverantwortung) {
        return transaktion.schreiben(kreisSlug, () -> {
            if (sql.fetchOne("select count(*) from teilnehmer").get(0, Integer.class) > 0) {
                return false;
            }
            schreiben(fallverantwortung);
            return true;
        });
    }

    private void schreiben(String fallverantwortung) {
        Map<String, UUID> kommunen = new HashMap<>();
        sql.fetch("select name, id from kommune").forEach(r -> kommunen.put(r.get(0, String.class),
                r.get(1, UUID.class)));
        BatchBindStep personen = sql.batch(sql.query("insert into teilnehmer (id, vorname, nachname, geburtsdatum,"
                        + " kommune_id, sprachniveau, fallverantwortung, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                u(), s(), s(), d(), u(), s(), s()));
        BatchBindStep wohnorte = sql.batch(sql.query("insert into wohnort (id, teilnehmer_id, kommune_id, ab,"
                + " erfasst_von) values (?, ?, ?, ?, 'demo-daten')", u(), u(), u(), d()));
        BatchBindStep aufenthalte = sql.batch(sql.query("insert into aufenthalt (id, teilnehmer_id, status, ab, notiz,"
                + " erfasst_von) values (?, ?, ?, ?, ?, 'demo-daten')", u(), u(), s(), d(), s()));
        BatchBindStep verbote = sql.batch(sql.query("insert into merkmal (id, teilnehmer_id, merkmal, ab, notiz,"
                + " erfasst_von) values (?, ?, 'BESCHAEFTIGUNGSVERBOT', ?, ?, 'demo-daten')", u(), u(), d(), s()));
        BatchBindStep teilnahmen = sql.batch(sql.query("insert into programmteilnahme (id, teilnehmer_id, programm,"
                        + " aufgenommen_am, abgemeldet_am, abmeldegrund, abmeldeart, einstufung, ausnahme_grund,"
                        + " ausnahme_genehmigt_von, fallverantwortung, erfasst_von, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo-daten', 0)",
                u(), u(), s(), d(), d(), s(), s(), s(), s(), s(), s()));
        BatchBindStep freigaben = sql.batch(sql.query("insert into freigabe (id, teilnehmer_id, programm, status, ab,"
                + " erfasst_von) values (?, ?, ?, 'BESTAETIGT', ?, 'demo-daten')", u(), u(), s(), d()));
        BatchBindStep einwilligungen = sql.batch(sql.query("insert into einwilligung (id, teilnehmer_id, zweck,"
                + " erteilt_am, version) values (?, ?, ?, ?, 0)", u(), u(), s(), d()));
        BatchBindStep zuweisungen = sql.batch(sql.query("insert into zuweisung (id, teilnehmer_id, massnahme_id, ab,"
                        + " ergebnis, bis, abbruchgrund, erfasst_von, version) values (?, ?, ?, ?, ?, ?, ?, 'demo-daten', 0)",
                u(), u(), u(), d(), s(), d(), s()));

        int aktiveGeduldete = KOMMUNEN.stream().mapToInt(k -> k.duldung() - (int) personen(k).stream()
                .limit(k.abgemeldet()).filter(p -> p.status().equals("DULDUNG")).count()).sum();
        int nummer = 0;
        int geduldete = 0;
        for (Kommunenzahlen k : KOMMUNEN) {
            UUID kommune = kommunen.get(k.kommune());
            if (kommune == null) {
                throw new IllegalStateException("Kommune " + k.kommune() + " fehlt");
            }
            List<Person> liste = personen(k);
            List<Zuteilung> zuteilungen = ZUTEILUNG.stream().filter(z -> z.wohnort().equals(k.kommune())).toList();
            int position = 0;
            for (Person p : liste) {
                boolean abgemeldet = position < k.abgemeldet();
                // 53 of the people with a Duldung still in the program on 31.03.2021 have a work ban (seed 000)
                boolean verbot = !abgemeldet && p.status().equals("DULDUNG")
                        && ((geduldete + 1) * VERBOTE) / aktiveGeduldete > (geduldete++ * VERBOTE) / aktiveGeduldete;
                LocalDate geburt = p.aufnahme().minusYears(19 + nummer % 8).minusDays((nummer * 37L) % 300);
                personen.bind(p.id(), "Demo-" + VORNAMEN[nummer % VORNAMEN.length],
                        NACHNAMEN[(nummer / VORNAMEN.length) % NACHNAMEN.length], geburt, kommune,
                        SPRACHNIVEAU[nummer % SPRACHNIVEAU.length], fallverantwortung);
                wohnorte.bind(UUID.randomUUID(), p.id(), kommune, p.aufnahme().minusMonths(15));
                aufenthaltsverlauf(aufenthalte, p, nummer);
                if (verbot) {
                    verbote.bind(UUID.randomUUID(), p.id(), p.aufnahme(), "fehlende Mitwirkung bei der Identitätsklärung");
                }
                boolean ausnahme = p.status().equals("AUFENTHALTSTITEL");
                teilnahmen.bind(UUID.randomUUID(), p.id(), PROGRAMM, p.aufnahme(),
                        abgemeldet ? p.aufnahme().plusDays(60) : null,
                        abgemeldet ? "mangelnde Mitwirkung, nicht erreichbar" : null,
                        abgemeldet ? "MANGELNDE_MITWIRKUNG" : null,
                        switch (p.status()) {
                            case "DULDUNG" -> "PRIMAER";
                            case "GESTATTUNG" -> "SEKUNDAER";
                            default -> "NICHT_ZIELGRUPPE";
                        },
                        ausnahme ? "Aufenthaltserlaubnis während der Vorbetreuung erteilt; Unterstützungsbedarf"
                                + " besteht fort" : null,
                        ausnahme ? "Lenkungsgruppe Teilhabemanagement" : null, fallverantwortung);
                freigaben.bind(UUID.randomUUID(), p.id(), PROGRAMM, p.aufnahme().plusDays(14));
                for (String zweck : List.of("GIB_DATENBANK", "KLIENTENDATEI", "AUSTAUSCH_ABH")) {
                    einwilligungen.bind(UUID.randomUUID(), p.id(), zweck, p.aufnahme());
                }
                position++;
                nummer++;
            }
            int naechste = k.abgemeldet();
            for (Zuteilung z : zuteilungen) {
                UUID massnahme = massnahme(z);
                for (int i = 0; i < z.anzahl(); i++) {
                    Person p = liste.get(naechste++);
                    LocalDate ab = spaeter(p.aufnahme().plusDays(14), z.start());
                    boolean abbruch = i < z.abbrueche();
                    LocalDate bis = abbruch ? frueher(ab.plusDays(42), STICHTAG) : null;
                    zuweisungen.bind(UUID.randomUUID(), p.id(), massnahme, ab, abbruch ? "ABBRUCH" : "LAUFEND", bis,
                            abbruch ? "mangelnde Mitwirkung" : null);
                    if (i % 4 != 3) {
                        einwilligungen.bind(UUID.randomUUID(), p.id(), "AUSTAUSCH_TRAEGER", ab.minusDays(7));
                    }
                }
            }
        }
        personen.execute();
        wohnorte.execute();
        aufenthalte.execute();
        verbote.execute();
        teilnahmen.execute();
        freigaben.execute();
        einwilligungen.execute();
        zuweisungen.execute();
    }

    /** The people of one Kommune, sorted by intake day. */
    private static List<Person> personen(Kommunenzahlen k) {
        List<Person> liste = new ArrayList<>();
        verteilen(liste, k, "DULDUNG", k.duldung(), DULDUNG_AB);
        verteilen(liste, k, "GESTATTUNG", k.gestattung(), GESTATTUNG_AB);
        verteilen(liste, k, "AUFENTHALTSTITEL", k.aufenthaltstitel(), LocalDate.of(2020, 11, 16));
        liste.sort(Comparator.comparing(Person::aufnahme).thenComparing(Person::status));
        return liste;
    }

    private static void verteilen(List<Person> liste, Kommunenzahlen k, String status, int anzahl, LocalDate von) {
        long tage = ChronoUnit.DAYS.between(von, LETZTE_AUFNAHME);
        for (int i = 0; i < anzahl; i++) {
            LocalDate tag = von.plusDays(i * tage / Math.max(1, anzahl));
            UUID id = UUID.nameUUIDFromBytes((k.kommune() + "|" + status + "|" + i).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            liste.add(new Person(id, k.kommune(), status, tag));
        }
    }

    private static void aufenthaltsverlauf(BatchBindStep aufenthalte, Person p, int nummer) {
        switch (p.status()) {
            case "AUFENTHALTSTITEL" -> {
                aufenthalte.bind(UUID.randomUUID(), p.id(), "DULDUNG", p.aufnahme().minusMonths(14), null);
                aufenthalte.bind(UUID.randomUUID(), p.id(), "AUFENTHALTSTITEL", p.aufnahme().minusDays(10),
                        "Aufenthaltserlaubnis erteilt");
            }
            case "GESTATTUNG" -> {
                aufenthalte.bind(UUID.randomUUID(), p.id(), "GESTATTUNG", p.aufnahme().minusMonths(5 + nummer % 7),
                        null);
                if (nummer % 5 == 0) {
                    aufenthalte.bind(UUID.randomUUID(), p.id(), "DULDUNG", p.aufnahme().plusDays(45),
                            "Asylantrag abgelehnt, Duldung erteilt");
                }
            }
            default -> aufenthalte.bind(UUID.randomUUID(), p.id(), p.status(), p.aufnahme().minusMonths(3 + nummer % 9),
                    null);
        }
    }

    private UUID massnahme(Zuteilung z) {
        return sql.fetchOptional("""
                        select m.id from massnahme m
                          join baustein b on b.id = m.baustein_id and b.programm_id = 'durchstarten'
                          join massnahmetraeger t on t.id = m.traeger_id
                         where b.nummer = ? and coalesce(t.kurzname, t.name) = ? and m.geplanter_start = ?
                           and exists (select 1 from massnahme_kommune mk join kommune k on k.id = mk.kommune_id
                                        where mk.massnahme_id = m.id and k.name = ?)
                         order by m.laufnummer limit 1""", z.baustein(), z.traeger(), z.start(), z.ort())
                .map(r -> r.get(0, UUID.class))
                .orElseThrow(() -> new IllegalStateException("Maßnahme fehlt (RknMassnahmen zuerst anlegen): " + z));
    }

    private static LocalDate spaeter(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate frueher(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Object u() {
        return DSL.val(null, SQLDataType.UUID);
    }

    private static Object s() {
        return DSL.val(null, SQLDataType.CLOB);
    }

    private static Object d() {
        return DSL.val(null, SQLDataType.LOCALDATE);
    }
}
