package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13's participant cases over HTTP with their exact input: an intake date in the future (and the other facts
 * that happen rather than being planned), a second running assignment of the same person to the same Maßnahme,
 * references to unknown ids, and {@code trockenlauf=vielleicht} on the import. Each is refused with its status,
 * problem code and field, and nothing is written.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeilnehmerRegelnApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(JSON);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Datenbank db;
    String schema;
    String cm;
    Map<String, String> kommunen = new LinkedHashMap<>();
    String caritasDormagen;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        db = new Datenbank(ctx);
        Nutzer admin = Programmumgebung.kreisMit(ctx, "tn-regeln", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        schema = "kreis_" + admin.kreisSlug().replace('-', '_');
        ctx.getBean(RknMassnahmen.class).anlegen(new Nutzer(UUID.randomUUID(), "ki", "KI", admin.kreisSlug(),
                admin.kreisName(), Set.of(Rolle.KI_KOORDINATION)));
        cm = ApiKonten.konto(ctx, client, admin, "cm", Rolle.CASE_MANAGEMENT);
        client.retrieve(HttpRequest.GET("/api/kommunen").bearerAuth(cm), LISTE)
                .forEach(k -> kommunen.put((String) k.get("name"), (String) k.get("id")));
        caritasDormagen = (String) client.retrieve(HttpRequest.GET("/api/massnahmen").bearerAuth(cm), LISTE).stream()
                .filter(m -> "Caritas".equals(m.get("traeger")) && "Dormagen".equals(m.get("kommunen")))
                .findFirst().orElseThrow().get("id");
    }

    Map<String, Object> antrag(String nachname, LocalDate aufgenommenAm) {
        Map<String, Object> antrag = new LinkedHashMap<>();
        antrag.put("person", Map.of("vorname", "Amal", "nachname", nachname, "geburtsdatum", "1999-01-15",
                "kommuneId", kommunen.get("Dormagen")));
        antrag.put("aufenthalt", Map.of("status", "DULDUNG", "ab", "2020-06-01"));
        antrag.put("programm", GEMEINSAM_KLAPPTS);
        antrag.put("aufgenommenAm", aufgenommenAm.toString());
        return antrag;
    }

    @SuppressWarnings("unchecked")
    String aufnehmen(String nachname) {
        Map<String, Object> akte = client.retrieve(HttpRequest.POST("/api/teilnehmer",
                antrag(nachname, LocalDate.of(2020, 10, 1))).bearerAuth(cm), JSON);
        return (String) ((Map<String, Object>) akte.get("teilnehmer")).get("id");
    }

    long anzahl(String tabelle) {
        return db.anzahl("select count(*) from " + schema + "." + tabelle);
    }

    @Test
    void aufnahmeInDerZukunftWirdAbgewiesen() {
        long personen = anzahl("teilnehmer");
        long teilnahmen = anzahl("programmteilnahme");
        for (LocalDate tag : List.of(LocalDate.now().plusDays(1), LocalDate.of(2099, 1, 1))) {
            Problem p = problem(client, HttpRequest.POST("/api/teilnehmer", antrag("Zukunft", tag)).bearerAuth(cm));

            assertThat(p.status()).isEqualTo(400);
            assertThat(p.feld()).containsEntry("field", "aufgenommenAm")
                    .containsEntry("code", "teilnehmer.datum.zukunft")
                    .containsEntry("message", "Das Datum " + String.format("%02d.%02d.%d", tag.getDayOfMonth(),
                            tag.getMonthValue(), tag.getYear()) + " liegt in der Zukunft. Erfasst wird, was schon "
                            + "gilt; nur der Beginn einer Zuweisung darf geplant sein.");
        }
        assertThat(anzahl("teilnehmer")).isEqualTo(personen);
        assertThat(anzahl("programmteilnahme")).isEqualTo(teilnahmen);
    }

    @Test
    void weitereTatsachenInDerZukunftWerdenAbgewiesen() {
        String id = aufnehmen("Tatsachen");
        String morgen = LocalDate.now().plusDays(1).toString();
        long vorher = anzahl("programmteilnahme") + anzahl("wohnort") + anzahl("einwilligung");

        Problem umzug = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/wohnorte",
                Map.of("kommuneId", kommunen.get("Neuss"), "ab", morgen)).bearerAuth(cm));
        assertThat(umzug.status()).isEqualTo(400);
        assertThat(umzug.feld()).containsEntry("code", "teilnehmer.datum.zukunft");

        Problem abmeldung = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/abmeldung",
                Map.of("am", morgen, "grund", "Wegzug nach Köln", "art", "WEGZUG")).header("If-Match", "\"0\"")
                .bearerAuth(cm));
        assertThat(abmeldung.status()).isEqualTo(400);
        assertThat(abmeldung.feld()).containsEntry("code", "teilnehmer.datum.zukunft");

        Problem weiteres = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/teilnahmen",
                Map.of("programm", DURCHSTARTEN, "aufgenommenAm", morgen)).bearerAuth(cm));
        assertThat(weiteres.status()).isEqualTo(400);
        assertThat(weiteres.feld()).containsEntry("field", "aufgenommenAm")
                .containsEntry("code", "teilnehmer.datum.zukunft");

        Problem einwilligung = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/einwilligungen",
                Map.of("zweck", "KLIENTENDATEI", "am", morgen)).bearerAuth(cm));
        assertThat(einwilligung.status()).isEqualTo(400);
        assertThat(einwilligung.feld()).containsEntry("field", "am").containsEntry("code", "teilnehmer.datum.zukunft");

        assertThat(anzahl("programmteilnahme") + anzahl("wohnort") + anzahl("einwilligung")).isEqualTo(vorher);
        assertThat(db.anzahl("select count(*) from " + schema + ".programmteilnahme where teilnehmer_id = '" + id
                + "' and abgemeldet_am is not null")).isZero();
    }

    @Test
    void zweiteLaufendeZuweisungZurSelbenMassnahmeWirdAbgewiesen() {
        String id = aufnehmen("Zweimal");
        client.retrieve(HttpRequest.POST("/api/teilnehmer/" + id + "/zuweisungen",
                Map.of("massnahmeId", caritasDormagen, "ab", "2020-11-02")).bearerAuth(cm), JSON);
        long zuweisungen = anzahl("zuweisung");

        for (String ab : List.of("2020-11-02", "2021-01-11")) {
            Problem p = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/zuweisungen",
                    Map.of("massnahmeId", caritasDormagen, "ab", ab)).bearerAuth(cm));

            assertThat(p.status()).isEqualTo(409);
            assertThat(p.code()).isEqualTo("teilnehmer.zuweisung.ueberschneidung");
            assertThat(p.feld()).containsEntry("field", "ab")
                    .containsEntry("code", "teilnehmer.zuweisung.ueberschneidung");
            assertThat((String) p.feld().get("message")).startsWith("Die Person ist der Maßnahme „FB 1 · Caritas")
                    .endsWith("in diesem Zeitraum schon zugewiesen (ab 02.11.2020).");
        }
        assertThat(anzahl("zuweisung")).isEqualTo(zuweisungen);
        assertThat(db.anzahl("select count(*) from " + schema + ".zuweisung where teilnehmer_id = '" + id
                + "' and bis is null and ersetzt_am is null")).isOne();
    }

    @Test
    void unbekannteIdsWerdenMitFeldOderAlsNichtGefundenAbgewiesen() {
        String id = aufnehmen("Unbekannt");
        long vorher = anzahl("zuweisung") + anzahl("teilnehmer");
        String fremd = UUID.randomUUID().toString();

        Problem massnahme = problem(client, HttpRequest.POST("/api/teilnehmer/" + id + "/zuweisungen",
                Map.of("massnahmeId", fremd, "ab", "2020-11-02")).bearerAuth(cm));
        assertThat(massnahme.status()).isEqualTo(422);
        assertThat(massnahme.code()).isEqualTo("eingabe.verweis.unbekannt");
        assertThat(massnahme.feld()).containsEntry("field", "massnahmeId")
                .containsEntry("code", "massnahme.nicht.gefunden");

        Map<String, Object> antrag = antrag("Fremdkommune", LocalDate.of(2020, 10, 1));
        antrag.put("person", Map.of("vorname", "Amal", "nachname", "Fremdkommune", "geburtsdatum", "1999-01-15",
                "kommuneId", fremd));
        Problem kommune = problem(client, HttpRequest.POST("/api/teilnehmer", antrag).bearerAuth(cm));
        assertThat(kommune.status()).isEqualTo(422);
        assertThat(kommune.feld()).containsEntry("field", "person.kommuneId").containsEntry("code", "kommune.fremd");

        Problem person = problem(client, HttpRequest.POST("/api/teilnehmer/" + fremd + "/zuweisungen",
                Map.of("massnahmeId", caritasDormagen, "ab", "2020-11-02")).bearerAuth(cm));
        assertThat(person.status()).isEqualTo(404);
        assertThat(person.code()).isEqualTo("teilnehmer.nicht.gefunden");

        Problem zuweisung = problem(client, HttpRequest.POST("/api/teilnehmer/zuweisungen/" + fremd + "/ende",
                Map.of("ergebnis", "ABGESCHLOSSEN", "bis", "2021-01-31")).header("If-Match", "\"0\"").bearerAuth(cm));
        assertThat(zuweisung.status()).isEqualTo(404);

        assertThat(anzahl("zuweisung") + anzahl("teilnehmer")).isEqualTo(vorher);
    }

    @Test
    void trockenlaufVielleichtImportiertNicht() {
        byte[] datei = TeilnehmerImportTest.csv(TeilnehmerImportTest.KOPF,
                TeilnehmerImportTest.zeilen("Vielleicht", 2));
        long personen = anzahl("teilnehmer");

        Problem p = problem(client, hochladen("trockenlauf=vielleicht&programm=" + GEMEINSAM_KLAPPTS, datei));

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.feld()).containsEntry("field", "trockenlauf").containsEntry("code", "anfrage.wahrheitswert")
                .containsEntry("message", "Erwartet wird true oder false.");
        for (String abfrage : List.of("trockenlauf=", "trockenlauf=ja", "trockenlauf=0", "trockenlauf=false"
                + "&duplikateUeberspringen=vielleicht")) {
            Problem q = problem(client, hochladen(abfrage + "&programm=" + GEMEINSAM_KLAPPTS, datei));
            assertThat(q.status()).as(abfrage).isEqualTo(400);
            assertThat(q.feld().get("field")).as(abfrage)
                    .isEqualTo(abfrage.contains("duplikate") ? "duplikateUeberspringen" : "trockenlauf");
        }
        assertThat(anzahl("teilnehmer")).isEqualTo(personen);

        // without the parameter it stays a dry run
        Map<String, Object> bericht = client.retrieve(hochladen("programm=" + GEMEINSAM_KLAPPTS, datei), JSON);
        assertThat(bericht).containsEntry("geschrieben", false).containsEntry("uebernommen", 2);
        assertThat(anzahl("teilnehmer")).isEqualTo(personen);
    }

    private HttpRequest<?> hochladen(String abfrage, byte[] datei) {
        MultipartBody body = MultipartBody.builder().addPart("datei", "liste.csv", new MediaType("text/csv"), datei)
                .build();
        return HttpRequest.POST("/api/teilnehmer/import?" + abfrage, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(cm);
    }
}
