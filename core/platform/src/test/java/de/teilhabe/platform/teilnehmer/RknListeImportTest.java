package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.bericht.Aufnahmetabelle;
import de.teilhabe.platform.bericht.Aufnahmezeile;
import de.teilhabe.platform.bericht.Stichtagsberichte;
import de.teilhabe.platform.bericht.Zuweisungstabelle;
import de.teilhabe.platform.bericht.Zuweisungszeile;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The Rhein-Kreis Neuss of 31.03.2021 (seed 000, council report to the Ausschuss für Soziales und Wohnen) rebuilt
 * from an office's list, not from the demo data: the Kreis with RKN's Kommunen, Gemeinsam klappt's and
 * Durchstarten, the FB 1–4 Bausteine, the seven providers and the Maßnahmen table entered through the services;
 * then one history list — 204 intakes per Kommune and status as in the table „Aktueller Aufnahme-Stand 31.03.2021“
 * (the two with an Aufenthaltstitel as documented exceptions), 19 de-registrations, 109 assignments per provider as
 * in the assignment table with its drop-outs, and what happened after the Stichtag (moves, a re-admission, later
 * assignments) and before it without touching the figures (status changes after intake) — in reverse order.
 * Reports (a) and (b) at 31.03.2021 must reproduce the seed's tables for both programs, and the same list imported
 * again must change nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class RknListeImportTest {

    static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);
    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final List<String> SPALTEN = List.of("Vorgang", "Nachname", "Vorname", "Geburtsdatum", "Datum", "Kommune",
            "Aufenthaltsstatus", "Status seit", "Programm", "Ausnahme Grund", "Ausnahme genehmigt von", "Maßnahme",
            "Zuweisung bis", "Ergebnis", "Abbruchgrund", "Abmeldegrund", "Abmeldeart");
    static final String[] VORNAMEN = {"Amal", "Bilal", "Dana", "Elias", "Farah", "Hana", "Idris", "Jamila", "Karim",
        "Layla", "Malik", "Nadia", "Omar", "Rania", "Samir", "Yusuf"};

    /** „Aktueller Aufnahme-Stand 31.03.2021“: Kommune, Duldung, Gestattung, Aufenthaltstitel; de-registered (ours). */
    record Stand(String kommune, int duldung, int gestattung, int titel, int abgemeldet) {
    }

    static final List<Stand> AUFNAHME = List.of(
            new Stand("Dormagen", 14, 21, 0, 3), new Stand("Grevenbroich", 26, 14, 0, 4),
            new Stand("Jüchen", 7, 7, 1, 1), new Stand("Kaarst", 15, 2, 0, 2),
            new Stand("Korschenbroich", 26, 9, 0, 3), new Stand("Meerbusch", 19, 15, 1, 3),
            new Stand("Neuss", 4, 5, 0, 1), new Stand("Rommerskirchen", 11, 7, 0, 2));

    /**
     * The assignment table: the Maßnahme as the office writes it (with the planned start where the provider runs two
     * in one Kommune), its planned start, where its people live, how many, drop-outs.
     */
    record Belegung(String massnahme, String start, String kommune, int anzahl, int abbruch) {
    }

    static final List<Belegung> ZUWEISUNGEN = List.of(
            new Belegung("FB 1 · AWO Berufshilfe · Grevenbroich · ab 01.12.2020", "01.12.2020", "Grevenbroich", 16, 0),
            new Belegung("FB 1 · Caritas · Dormagen", "01.04.2020", "Dormagen", 10, 1),
            new Belegung("FB 1 · Caritas · Neuss", "01.04.2020", "Neuss", 4, 1),
            new Belegung("FB 1 | Caritas Sozialdienste Rhein-Kreis Neuss GmbH | Kaarst", "01.04.2020",
                    "Kaarst", 5, 0),
            new Belegung("FB 1 · KJA · Dormagen", "01.10.2020", "Dormagen", 8, 1),
            new Belegung("FB 1 · KJA · Grevenbroich", "01.10.2020", "Grevenbroich", 4, 1),
            new Belegung("FB 1 · TZG · Jüchen", "20.11.2020", "Jüchen", 8, 1),
            new Belegung("FB 1 · TZG · Korschenbroich", "20.11.2020", "Korschenbroich", 12, 2),
            new Belegung("FB 1 · TZG · Meerbusch · ab 01.06.2020", "01.06.2020", "Meerbusch", 10, 1),
            new Belegung("FB 1 · TZG · Meerbusch · 01.11.2020", "01.11.2020", "Meerbusch", 6, 0),
            new Belegung("FB 1 · TZG · Rommerskirchen", "01.01.2021", "Rommerskirchen", 6, 1),
            new Belegung("FB 2 · KJA · Dormagen", "01.11.2020", "Dormagen", 3, 0),
            new Belegung("Förderbaustein 2 · KJA · Neuss", "01.11.2020", "Neuss", 3, 0),
            new Belegung("FB 3 · VHS Grevenbroich", "09.11.2020", "Grevenbroich", 14, 2));

    @Inject ApplicationContext ctx;
    @Inject TeilnehmerImport importer;
    @Inject Stichtagsberichte berichte;

    @Test
    void rheinKreisNeussAus31032021AusDerListe() {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "rkn-liste", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        Nutzer cm = new Nutzer(UUID.randomUUID(), "rkn.liste.cm", "Case-Management", admin.kreisSlug(),
                admin.kreisName(), Set.of(Rolle.CASE_MANAGEMENT));
        massnahmentabelle(admin);
        byte[] liste = liste();

        Importbericht bericht = importer.importieren(cm, "rkn-2021.csv", liste, Importoptionen.standard());

        assertThat(bericht.fehler()).isEmpty();
        assertThat(bericht.geschrieben()).isTrue();
        assertThat(bericht.uebernommen()).isEqualTo(bericht.zeilen()).isEqualTo(204 + 19 + 109 + 5 + 3 + 1 + 2);
        berichteWieImSeed(admin);

        Importbericht nochmal = importer.importieren(cm, "rkn-2021.csv", liste, Importoptionen.standard());
        assertThat(nochmal.geschrieben()).isTrue();
        assertThat(nochmal.uebernommen()).isZero();
        assertThat(nochmal.uebersprungen()).isEqualTo(bericht.zeilen());
        assertThat(nochmal.fehler()).allMatch(f -> f.code().equals("import.vorhanden"));
        berichteWieImSeed(admin);
    }

    private void berichteWieImSeed(Nutzer admin) {
        Aufnahmetabelle a = berichte.aufnahme(admin, GEMEINSAM_KLAPPTS, STICHTAG);
        assertThat(a.summe()).usingRecursiveComparison().ignoringFields("kommune")
                .isEqualTo(new Aufnahmezeile(null, 122, 80, 2, 0, 204, 19, 185, 2));
        Map<String, Aufnahmezeile> jeKommune = a.zeilen().stream()
                .collect(Collectors.toMap(Aufnahmezeile::kommune, z -> z));
        assertThat(jeKommune).hasSize(8);
        for (Stand s : AUFNAHME) {
            int gesamt = s.duldung() + s.gestattung() + s.titel();
            assertThat(jeKommune.get(s.kommune())).as(s.kommune()).isEqualTo(new Aufnahmezeile(s.kommune(),
                    s.duldung(), s.gestattung(), s.titel(), 0, gesamt, s.abgemeldet(), gesamt - s.abgemeldet(),
                    s.titel()));
        }
        Tuple[] seed = {
                tuple(1, "Arbeiterwohlfahrt OV Neuss e.V.", 16, 16, 0, 0),
                tuple(1, "Caritas Sozialdienste Rhein-Kreis Neuss GmbH", 19, 17, 0, 2),
                tuple(1, "Katholische Jugendagentur Düsseldorf gGmbH", 12, 10, 0, 2),
                tuple(1, "Technologiezentrum Glehn GmbH", 42, 37, 0, 5),
                tuple(2, "Katholische Jugendagentur Düsseldorf gGmbH", 6, 6, 0, 0),
                tuple(3, "Volkshochschule der Stadt Grevenbroich", 14, 12, 0, 2)};
        for (String programm : List.of(GEMEINSAM_KLAPPTS, DURCHSTARTEN)) {
            Zuweisungstabelle b = berichte.zuweisungen(admin, programm, STICHTAG);
            assertThat(b.zeilen()).as(programm).extracting(Zuweisungszeile::baustein, Zuweisungszeile::traeger,
                    Zuweisungszeile::zugewiesen, Zuweisungszeile::laufend, Zuweisungszeile::abgeschlossen,
                    Zuweisungszeile::abbruch).containsExactly(seed);
            assertThat(b.zeilen()).allMatch(z -> DURCHSTARTEN.equals(z.bausteinProgramm()));
            assertThat(b.summe().zugewiesen()).isEqualTo(109);
            assertThat(b.summe().abbruch()).isEqualTo(11);
            assertThat(b.personen()).isEqualTo(109);
        }
    }

    /** The list: every event of 204 people, written newest first (the import orders each person's rows by date). */
    private static byte[] liste() {
        List<Map<String, String>> intakes = new ArrayList<>();
        List<Map<String, String>> ereignisse = new ArrayList<>();
        Map<String, List<Map<String, String>>> aktiveJeKommune = new LinkedHashMap<>();
        int duldung = 0;
        int gestattung = 0;
        int n = 0;
        for (Stand s : AUFNAHME) {
            List<Map<String, String>> personen = new ArrayList<>();
            for (int i = 0; i < s.duldung() + s.gestattung() + s.titel(); i++) {
                String status = i < s.duldung() ? "Duldung" : i < s.duldung() + s.gestattung() ? "Gestattung"
                        : "Aufenthaltstitel";
                // Duldung from mid-June 2020, Gestattung from December 2020 (seed: „Seit Anfang Dezember 2020 …“)
                LocalDate aufnahme = switch (status) {
                    case "Duldung" -> LocalDate.of(2020, 6, 15).plusDays(duldung++ * 160L / 122);
                    case "Gestattung" -> LocalDate.of(2020, 12, 1).plusDays(gestattung++ * 85L / 80);
                    default -> LocalDate.of(2021, 2, 1);
                };
                Map<String, String> p = zeile("Aufnahme", "Liste" + (char) ('A' + n / 26) + (char) ('a' + n % 26),
                        VORNAMEN[n % VORNAMEN.length], aufnahme.minusYears(19 + n % 8).minusDays(n % 200));
                p.put("Datum", DATUM.format(aufnahme));
                p.put("Kommune", s.kommune());
                p.put("Aufenthaltsstatus", status);
                p.put("Status seit", DATUM.format(aufnahme.minusMonths(4)));
                p.put("Programm", "Gemeinsam klappt’s – Teilhabemanagement (Baustein 6)");
                if (status.equals("Aufenthaltstitel")) {
                    p.put("Ausnahme Grund", "Aufenthaltserlaubnis während der Vorbetreuung erteilt");
                    p.put("Ausnahme genehmigt von", "KI Rhein-Kreis Neuss");
                }
                intakes.add(p);
                personen.add(p);
                n++;
            }
            for (Map<String, String> p : personen.subList(0, s.abgemeldet())) {
                Map<String, String> ab = ereignis(p, "Abmeldung", tag(p).plusDays(90));
                ab.put("Abmeldegrund", "mangelnde Mitwirkung, keine Kontaktaufnahme möglich");
                ab.put("Abmeldeart", "mangelnde Mitwirkung");
                ereignisse.add(ab);
            }
            aktiveJeKommune.put(s.kommune(), new ArrayList<>(personen.subList(s.abgemeldet(), personen.size())));
        }
        for (Belegung b : ZUWEISUNGEN) {
            List<Map<String, String>> frei = aktiveJeKommune.get(b.kommune());
            for (int i = 0; i < b.anzahl(); i++) {
                Map<String, String> p = frei.remove(0);
                LocalDate ab = max(tag(p).plusDays(7), LocalDate.parse(b.start(), DATUM));
                Map<String, String> z = ereignis(p, "Zuweisung", ab);
                z.put("Maßnahme", b.massnahme());
                if (i < b.abbruch()) {
                    z.put("Zuweisung bis", DATUM.format(min(ab.plusDays(30), STICHTAG)));
                    z.put("Ergebnis", "Abbruch");
                    z.put("Abbruchgrund", "Arbeitsaufnahme");
                }
                ereignisse.add(z);
            }
        }
        // after the Stichtag, and before it without changing its figures
        List<Map<String, String>> uebrig = aktiveJeKommune.values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < 5; i++) {
            Map<String, String> u = ereignis(uebrig.get(i), "Umzug", LocalDate.of(2021, 6, 1));
            u.put("Kommune", uebrig.get(i).get("Kommune").equals("Neuss") ? "Kaarst" : "Neuss");
            ereignisse.add(u);
        }
        // the asylum application of three people refused: tolerated from 01.03.2021 — their intake status stays
        uebrig.stream().filter(p -> p.get("Aufenthaltsstatus").equals("Gestattung")).limit(3).forEach(p -> {
            Map<String, String> s = ereignis(p, "Statuswechsel", LocalDate.of(2021, 3, 1));
            s.put("Aufenthaltsstatus", "Duldung");
            ereignisse.add(s);
        });
        ereignisse.add(ereignis(intakes.get(0), "Wiederaufnahme", LocalDate.of(2021, 9, 1)));
        for (int i = 8; i < 10; i++) {
            Map<String, String> z = ereignis(uebrig.get(i), "Zuweisung", LocalDate.of(2021, 5, 3));
            z.put("Maßnahme", "FB 4 · BfZ Schlicherum · Neuss");
            ereignisse.add(z);
        }
        List<Map<String, String>> alle = new ArrayList<>(intakes);
        alle.addAll(ereignisse);
        Collections.reverse(alle);
        StringBuilder csv = new StringBuilder(String.join(";", SPALTEN)).append("\r\n");
        for (Map<String, String> z : alle) {
            csv.append(SPALTEN.stream().map(s -> z.getOrDefault(s, "")).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> zeile(String vorgang, String nachname, String vorname, LocalDate geburt) {
        Map<String, String> z = new HashMap<>();
        z.put("Vorgang", vorgang);
        z.put("Nachname", nachname);
        z.put("Vorname", vorname);
        z.put("Geburtsdatum", DATUM.format(geburt));
        return z;
    }

    private static Map<String, String> ereignis(Map<String, String> person, String vorgang, LocalDate am) {
        Map<String, String> z = new HashMap<>();
        for (String s : List.of("Nachname", "Vorname", "Geburtsdatum")) {
            z.put(s, person.get(s));
        }
        z.put("Vorgang", vorgang);
        z.put("Datum", DATUM.format(am));
        return z;
    }

    private static LocalDate tag(Map<String, String> zeile) {
        return LocalDate.parse(zeile.get("Datum"), DATUM);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Bausteine FB 1–4 of Durchstarten, the seven providers and the Maßnahmen table of 31.03.2021 (seed 000). */
    private void massnahmentabelle(Nutzer ki) {
        Bausteine bausteine = ctx.getBean(Bausteine.class);
        Map<Integer, UUID> fb = new HashMap<>();
        for (int nummer = 1; nummer <= 4; nummer++) {
            BausteinDaten v = bausteine.vorschlag(ki, DURCHSTARTEN, nummer);
            fb.put(nummer, bausteine.anlegen(ki, new BausteinDaten(DURCHSTARTEN, nummer, null, v.beginn(), v.ende(),
                    BigDecimal.ZERO, v.landesanteilProzent(), null)).id());
        }
        Map<String, UUID> kommune = ctx.getBean(KommunenDienst.class).liste(ki).stream()
                .collect(Collectors.toMap(Kommune::name, Kommune::id));
        TraegerVerzeichnis verzeichnis = ctx.getBean(TraegerVerzeichnis.class);
        Map<String, UUID> t = new HashMap<>();
        for (String[] x : new String[][] {{"Arbeiterwohlfahrt OV Neuss e.V.", "AWO Berufshilfe"},
            {"Caritas Sozialdienste Rhein-Kreis Neuss GmbH", "Caritas"},
            {"Katholische Jugendagentur Düsseldorf gGmbH", "KJA"}, {"Technologiezentrum Glehn GmbH", "TZG"},
            {"Berufsförderungszentrum Schlicherum e.V.", "BfZ Schlicherum"},
            {"Volkshochschule der Stadt Grevenbroich", "VHS Grevenbroich"},
            {"Volkshochschule der Stadt Dormagen", "VHS Dormagen"}}) {
            t.put(x[1], verzeichnis.anlegen(ki, new TraegerDaten(x[0], x[1], null, null, List.of(), Set.of())).id());
        }
        Massnahmen massnahmen = ctx.getBean(Massnahmen.class);
        LocalDate bescheid = LocalDate.of(2020, 10, 2);
        Object[][] tabelle = {
            {1, "AWO Berufshilfe", "Grevenbroich", "01.12.2020"}, {1, "AWO Berufshilfe", "Grevenbroich", "01.09.2021"},
            {1, "Caritas", "Dormagen", "01.04.2020"}, {1, "Caritas", "Neuss/Kaarst", "01.04.2020"},
            {1, "KJA", "Dormagen", "01.10.2020"}, {1, "KJA", "Grevenbroich", "01.10.2020"},
            {1, "TZG", "Jüchen", "20.11.2020"}, {1, "TZG", "Korschenbroich", "20.11.2020"},
            {1, "TZG", "Meerbusch", "01.11.2020"}, {1, "TZG", "Meerbusch", "01.06.2020"},
            {1, "TZG", "Rommerskirchen", "01.01.2021"}, {2, "BfZ Schlicherum", "Neuss", "03.05.2021"},
            {2, "KJA", "Dormagen", "01.11.2020"}, {2, "KJA", "Grevenbroich", "01.11.2020"},
            {2, "KJA", "Neuss", "01.11.2020"}, {2, "TZG", "Jüchen", null}, {2, "TZG", "Korschenbroich", null},
            {2, "TZG", "Meerbusch", null}, {4, "BfZ Schlicherum", "Neuss", "03.05.2021"},
            {4, "VHS Dormagen", "Dormagen", "01.09.2021"}, {4, "KJA", "Neuss", "01.05.2021"}};
        for (Object[] m : tabelle) {
            LocalDate start = m[3] == null ? null : LocalDate.parse((String) m[3], DATUM);
            massnahmen.anlegen(ki, new MassnahmeDaten(fb.get((Integer) m[0]), t.get((String) m[1]),
                    Arrays.stream(((String) m[2]).split("/")).map(kommune::get).toList(), null, start,
                    start == null ? "Voraussichtlich Mitte Juni 2021" : null, null, null),
                    new Statuswechsel(Status.GEPLANT, bescheid, null));
        }
        MassnahmeAnsicht fb3 = massnahmen.anlegen(ki, new MassnahmeDaten(fb.get(3), t.get("VHS Grevenbroich"),
                List.of(kommune.get("Grevenbroich")), null, LocalDate.of(2020, 11, 9), null, null, null),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2020, 11, 9), null));
        fb3 = massnahmen.statusAendern(ki, fb3.massnahme().id(), fb3.massnahme().version(),
                new Statuswechsel(Status.UNTERBROCHEN, LocalDate.of(2020, 12, 16), "coronabedingt"));
        massnahmen.statusAendern(ki, fb3.massnahme().id(), fb3.massnahme().version(),
                new Statuswechsel(Status.LAUFEND, LocalDate.of(2021, 3, 1), null));
        for (String ort : List.of("Grevenbroich", "Dormagen")) {
            massnahmen.anlegen(ki, new MassnahmeDaten(fb.get(4), t.get(ort.equals("Dormagen") ? "VHS Dormagen"
                    : "AWO Berufshilfe"), List.of(kommune.get(ort)), null, LocalDate.of(2021, 4, 1), null, null,
                    "wird nicht durchgeführt (nicht genügend TN)"),
                    new Statuswechsel(Status.ABGESAGT, STICHTAG, "nicht genügend TN"));
        }
    }
}
