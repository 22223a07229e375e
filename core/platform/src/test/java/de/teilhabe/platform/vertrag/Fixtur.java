package de.teilhabe.platform.vertrag;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.finanzierung.Programmumgebung.KIM;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.gremium.GremienDemo;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.StellenDemo;
import de.teilhabe.platform.teilnehmer.TeilnehmerDemo;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fixture Kreis the fuzz test works in: the RKN's eight Kommunen, the three programs enabled, the RKN's
 * Bausteine, providers and Maßnahmen, the demo funding, posts, target-group base, participants and Gremien, a goal,
 * note, referral and frozen report, and accounts (one with the Kreis admin, KI and case management roles, one
 * provider account, the operator). It knows the real values of path parameters ({@link #echt}) — looked up in the
 * Kreis's tables — and the stored version of a row for {@code If-Match}.
 *
 * <p>Values that an accepted request may destroy come from rows kept for that purpose: the account an operation on
 * {@code /api/benutzer/{id}} may deactivate is a spare one, the Kreis {@code DELETE /api/betrieb/kreise/{slug}}
 * may offboard (and {@code GET /api/betrieb/kreise/{slug}/export} export, granted by its admin) is a second, empty
 * Kreis, and the program whose activation is switched is KIM.
 */
final class Fixtur {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(JSON);

    /** The collection (path segment before {@code {id}}) and its table in the Kreis schema. */
    private static final Map<String, String> TABELLEN = Map.ofEntries(
            Map.entry("bausteine", "baustein"), Map.entry("staende", "berichtsstand"),
            Map.entry("bescheide", "zuwendungsbescheid"), Map.entry("eigenanteile", "eigenanteil"),
            Map.entry("weiterleitungen", "weiterleitung"), Map.entry("anliegen", "anliegen"),
            Map.entry("auftraege", "auftrag"), Map.entry("beschluesse", "beschluss"),
            Map.entry("mitgliedschaften", "mitgliedschaft"), Map.entry("personen", "gremium_person"),
            Map.entry("sitze", "gremium_sitz"), Map.entry("sitzungen", "sitzung"), Map.entry("gremien", "gremium"),
            Map.entry("kommunen", "kommune"), Map.entry("massnahmen", "massnahme"),
            Map.entry("berechnungen", "stellen_berechnung"), Map.entry("besetzung", "stelle"),
            Map.entry("aufenthalte", "aufenthalt"), Map.entry("einwilligungen", "einwilligung"),
            Map.entry("freigaben", "freigabe"), Map.entry("merkmale", "merkmal"),
            Map.entry("programmteilnahmen", "programmteilnahme"), Map.entry("verweisungen", "verweisung"),
            Map.entry("wohnorte", "wohnort"), Map.entry("ziele", "ziel"), Map.entry("zuweisungen", "zuweisung"),
            Map.entry("teilnehmer", "teilnehmer"), Map.entry("traeger", "massnahmetraeger"),
            Map.entry("zielgruppenbasis", "zielgruppenbasis"));

    /** The entry kinds of {@code /api/teilnehmer/{art}/{id}/streichung}, as the operation's summary names them. */
    private static final List<String> EINTRAGSARTEN = List.of("wohnorte", "aufenthalte", "merkmale", "freigaben",
            "programmteilnahmen", "zuweisungen");

    final String kreisSlug;
    final String schema;
    final String kontoName;
    /** The provider account, linked to the provider of the fixture's assignment. */
    final String traegerKonto;
    final String kreisToken;
    final String traegerToken;
    final String betreiberToken;
    private final Datenbank db;
    private final Map<String, List<String>> werte = new LinkedHashMap<>();

    private Fixtur(ApplicationContext ctx, BlockingHttpClient client) {
        db = new Datenbank(ctx);
        Nutzer admin = Programmumgebung.kreisMit(ctx, "vertrag", GEMEINSAM_KLAPPTS, DURCHSTARTEN, KIM);
        kreisSlug = admin.kreisSlug();
        schema = db.spalte("select schema_name from platform.kreis where slug = '" + kreisSlug + "'").get(0);
        Nutzer ki = new Nutzer(UUID.randomUUID(), kreisSlug + ".vertrag", "Vertrag", kreisSlug, admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        kontoName = kreisSlug + ".vertrag";
        ctx.getBean(RknMassnahmen.class).anlegen(ki);
        versuchen("demo posts", () -> ctx.getBean(StellenDemo.class).rkn(kreisSlug));
        versuchen("demo target-group base", () -> ctx.getBean(ZielgruppenbasisDemo.class).rkn(kreisSlug));
        ctx.getBean(TeilnehmerDemo.class).anlegen(kreisSlug, admin.kreisName(), kontoName);
        ctx.getBean(GremienDemo.class).anlegen(kreisSlug, admin.kreisName(), List.of(GEMEINSAM_KLAPPTS, DURCHSTARTEN,
                KIM), kontoName);

        Benutzerverwaltung benutzer = ctx.getBean(Benutzerverwaltung.class);
        benutzer.anlegen(admin, new BenutzerDaten(kontoName, "Vertrag", Set.of(Rolle.KREIS_ADMIN,
                Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT), true, ApiKonten.PASSWORT));
        traegerKonto = kreisSlug + ".traeger";
        String opferTraegerKonto = kreisSlug + ".traeger-opfer";
        String opferKonto = kreisSlug + ".opfer";
        for (String name : List.of(traegerKonto, opferTraegerKonto)) {
            benutzer.anlegen(admin, new BenutzerDaten(name, name, Set.of(Rolle.MASSNAHMETRAEGER), true,
                    ApiKonten.PASSWORT));
        }
        benutzer.anlegen(admin, new BenutzerDaten(opferKonto, "Opfer", Set.of(Rolle.CASE_MANAGEMENT), true,
                ApiKonten.PASSWORT));
        kreisToken = ApiKonten.token(client, kontoName, ApiKonten.PASSWORT);
        traegerToken = ApiKonten.token(client, traegerKonto, ApiKonten.PASSWORT);
        betreiberToken = ApiKonten.token(client, "betrieb", TestKreise.BETREIBER_PASSWORT);

        UUID traeger = UUID.fromString(zuweisung(client));
        TraegerKonten traegerKonten = ctx.getBean(TraegerKonten.class);
        traegerKonten.zuordnen(admin, traeger, traegerKonto);
        traegerKonten.zuordnen(admin, traeger, opferTraegerKonto);
        versuchen("case work", () -> fallarbeit(client));
        versuchen("funding", () -> finanzierung(client, traeger));

        String opferSlug = TestKreise.slug("vertrag-opfer");
        TestKreise.onboarden(ctx, opferSlug);
        // the operator's export of it needs its admin's grant (one download: the operator's call uses it up)
        TestKreise.exportFreigeben(ctx, opferSlug);

        TABELLEN.forEach((sammlung, tabelle) -> werte.put(sammlung, ids(tabelle)));
        werte.put("benutzer", db.spalte("select id::text from platform.benutzer where benutzername = '" + opferKonto
                + "'"));
        werte.put("slug", List.of(opferSlug));
        werte.put("benutzername", List.of(opferTraegerKonto));
        werte.put("programme", List.of(KIM));
        werte.put("programm", List.of(GEMEINSAM_KLAPPTS, DURCHSTARTEN));
        werte.put("/api/teilnehmer/{art}", EINTRAGSARTEN);
        werte.put("/api/berichte/{art}", client.retrieve(HttpRequest.GET("/api/berichte/arten?programm="
                + GEMEINSAM_KLAPPTS).bearerAuth(kreisToken), LISTE).stream().map(a -> (String) a.get("id")).toList());
        werte.put("teilnehmende", db.spalte("select distinct z.teilnehmer_id::text from " + q("zuweisung")
                + " z join " + q("massnahme") + " m on m.id = z.massnahme_id where m.traeger_id = '" + traeger
                + "' order by 1 limit 8"));
    }

    static Fixtur anlegen(ApplicationContext ctx, BlockingHttpClient client) {
        return new Fixtur(ctx, client);
    }

    /**
     * Assigns a participant to a Maßnahme (the demo data have almost no assignments) and returns that Maßnahme's
     * provider: the provider account works for it, so the provider's view has someone to show.
     */
    private String zuweisung(BlockingHttpClient client) {
        String[] wahl = db.spalte("select p.teilnehmer_id::text || ' ' || m.id::text || ' ' || m.traeger_id::text"
                + " || ' ' || greatest(p.aufgenommen_am + 7, b.beginn, coalesce(m.geplanter_start, b.beginn))::text"
                + " from " + q("programmteilnahme") + " p, " + q("massnahme") + " m join " + q("baustein")
                + " b on b.id = m.baustein_id where p.abgemeldet_am is null and greatest(p.aufgenommen_am + 7,"
                + " b.beginn, coalesce(m.geplanter_start, b.beginn)) <= coalesce(b.ende, date '9999-12-31')"
                + " order by p.aufgenommen_am, m.id limit 1").get(0).split(" ");
        versuchen("assignment", () -> client.retrieve(HttpRequest.POST("/api/teilnehmer/" + wahl[0]
                + "/zuweisungen", Map.of("massnahmeId", wahl[1], "ab", wahl[3])).bearerAuth(kreisToken), JSON));
        return wahl[2];
    }

    /** A funding frame, an own share and a forwarding for Durchstarten's Bausteine: the demo's are Kreis-specific. */
    private void finanzierung(BlockingHttpClient client, UUID traeger) {
        List<String> fb = db.spalte("select id::text from " + q("baustein") + " where programm_id = '" + DURCHSTARTEN
                + "' order by nummer");
        String beginn = db.spalte("select min(beginn)::text from " + q("baustein") + " where programm_id = '"
                + DURCHSTARTEN + "'").get(0);
        String ende = db.spalte("select max(ende)::text from " + q("baustein") + " where programm_id = '"
                + DURCHSTARTEN + "'").get(0);
        Map<String, Object> bescheid = new LinkedHashMap<>();
        bescheid.put("programmId", DURCHSTARTEN);
        bescheid.put("art", "MITTELRAHMEN");
        bescheid.put("beginn", beginn);
        bescheid.put("ende", ende);
        bescheid.put("betrag", 1_000_000);
        bescheid.put("bausteine", fb);
        client.retrieve(HttpRequest.POST("/api/finanzierung/bescheide", bescheid).bearerAuth(kreisToken), JSON);
        client.retrieve(HttpRequest.POST("/api/finanzierung/eigenanteile", Map.of("programmId", DURCHSTARTEN,
                "jahr", Integer.parseInt(beginn.substring(0, 4)), "betrag", 5000, "quelle", "Kreismittel"))
                .bearerAuth(kreisToken), JSON);
        String fbBeginn = db.spalte("select beginn::text from " + q("baustein") + " where id = '" + fb.get(0) + "'")
                .get(0);
        String fbEnde = db.spalte("select ende::text from " + q("baustein") + " where id = '" + fb.get(0) + "'").get(0);
        client.retrieve(HttpRequest.POST("/api/finanzierung/weiterleitungen", Map.of("bausteinId", fb.get(0),
                "traegerId", traeger.toString(), "betrag", 1000, "beginn", fbBeginn, "ende", fbEnde, "vertrag",
                "V-1")).bearerAuth(kreisToken), JSON);
    }

    /** Runs a part of the fixture that the fuzzing can do without; says so if it fails. */
    private static void versuchen(String was, Runnable teil) {
        try {
            teil.run();
        } catch (RuntimeException e) {
            System.out.println("Fixture: " + was + " not created: " + e);
        }
    }

    /** A goal, a note and a referral for a participant, and a frozen report: the demo data have none. */
    private void fallarbeit(BlockingHttpClient client) {
        String tn = db.spalte("select id::text from " + q("teilnehmer") + " order by id limit 1").get(0);
        String heute = LocalDate.now().toString();
        Map<String, Object> ziel = new LinkedHashMap<>();
        ziel.put("bedarf", "Sprache");
        ziel.put("ziel", "B1-Zertifikat");
        ziel.put("status", "VEREINBART");
        ziel.put("vereinbartAm", heute);
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + tn + "/ziele", ziel).bearerAuth(kreisToken), JSON);
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + tn + "/notizen", Map.of("am", heute, "text",
                "Erstgespräch")).bearerAuth(kreisToken), JSON);
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + tn + "/verweisungen", Map.of("stelle", "JOBCENTER",
                "beschreibung", "Leistungsantrag", "am", heute)).bearerAuth(kreisToken), JSON);
        client.retrieve(HttpRequest.POST("/api/berichte/staende", Map.of("art", "aufnahme", "programm",
                GEMEINSAM_KLAPPTS, "stichtag", "2021-03-31", "anlass", "Vertragstest", "geschuetzt", false))
                .bearerAuth(kreisToken), JSON);
    }

    /**
     * The real values for a path parameter or a body property: by the key the caller derived (the template up to the
     * parameter, the collection, the parameter's name); {@code eintrag} depends on the Maßnahme chosen before it.
     */
    List<String> echt(String schluessel, Map<String, String> bisher) {
        if (schluessel.equals("eintrag")) {
            String massnahme = bisher.get("id");
            return massnahme == null || !massnahme.matches("[0-9a-f-]{36}") ? List.of()
                    : db.spalte("select id::text from " + q("massnahme_status") + " where massnahme_id = '"
                    + massnahme + "' order by id");
        }
        return werte.getOrDefault(schluessel, List.of());
    }

    /** The stored version of the row {@code id} of a collection, if the collection's table has versions. */
    Optional<Long> version(String sammlung, String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        String tabelle = sammlung.equals("benutzer") ? "platform.benutzer"
                : TABELLEN.containsKey(sammlung) ? q(TABELLEN.get(sammlung)) : null;
        if (tabelle == null || !hatSpalte(tabelle, "version")) {
            return Optional.empty();
        }
        return db.spalte("select version from " + tabelle + " where id = '" + id + "'").stream().findFirst()
                .map(Long::parseLong);
    }

    /** The {@code If-Match} value of a case: for {@link Fall#AKTUELL} the stored version of its row now. */
    String ifMatch(Fall f) {
        if (!Fall.AKTUELL.equals(f.ifMatch())) {
            return f.ifMatch();
        }
        long stand = f.versionVon() == null ? 0 : version(f.versionVon()[0], f.versionVon()[1]).orElse(0L);
        return "\"" + stand + "\"";
    }

    /** The token of an account allowed to use the operation, empty for the anonymous sign-in. */
    Optional<String> token(Vorgang v) {
        if (v.pfad().equals("/api/anmeldung")) {
            return Optional.empty();
        }
        if (v.pfad().startsWith("/api/betrieb/")) {
            return Optional.of(betreiberToken);
        }
        if (v.pfad().startsWith("/api/traegersicht/")) {
            return Optional.of(traegerToken);
        }
        return Optional.of(kreisToken);
    }

    /** How many real values each collection has (for the run's log). */
    String uebersicht() {
        return werte.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size())
                .collect(Collectors.joining(", "));
    }

    List<String> leereSammlungen() {
        List<String> leer = new ArrayList<>();
        werte.forEach((k, v) -> {
            if (v.isEmpty()) {
                leer.add(k);
            }
        });
        return leer;
    }

    private final Map<String, Boolean> spalten = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean hatSpalte(String tabelle, String spalte) {
        return spalten.computeIfAbsent(tabelle + "." + spalte, k -> {
            String[] teile = tabelle.replace("\"", "").split("\\.");
            return db.anzahl("select count(*) from information_schema.columns where table_schema = '" + teile[0]
                    + "' and table_name = '" + teile[1] + "' and column_name = '" + spalte + "'") > 0;
        });
    }

    /** Up to eight ids of a Kreis table, current entries only where entries can be replaced. */
    private List<String> ids(String tabelle) {
        String filter = hatSpalte(q(tabelle), "ersetzt_am") ? " where ersetzt_am is null" : "";
        return db.spalte("select id::text from " + q(tabelle) + filter + " order by id limit 8");
    }

    private String q(String tabelle) {
        return "\"" + schema + "\"." + tabelle;
    }
}
