package de.teilhabe.platform.massnahme;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13's configuration cases over HTTP with their exact input: a Baustein added twice (was HTTP 500, a unique
 * violation), a provider's short name twice, a Maßnahme referring to unknown ids. Each is refused with status, problem
 * code and field, and nothing is written.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KonfigurationRegelnApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(JSON);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Datenbank db;
    String schema;
    String ki;
    Map<String, String> kommunen = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        db = new Datenbank(ctx);
        Nutzer admin = Programmumgebung.kreisMit(ctx, "konf-regeln", DURCHSTARTEN);
        schema = "kreis_" + admin.kreisSlug().replace('-', '_');
        ki = ApiKonten.konto(ctx, client, admin, "ki", Rolle.KI_KOORDINATION);
        client.retrieve(HttpRequest.GET("/api/kommunen").bearerAuth(ki), LISTE)
                .forEach(k -> kommunen.put((String) k.get("name"), (String) k.get("id")));
    }

    long anzahl(String tabelle) {
        return db.anzahl("select count(*) from " + schema + "." + tabelle);
    }

    Map<String, Object> baustein(int nummer, String kommune) {
        Map<String, Object> daten = new HashMap<>(client.retrieve(HttpRequest.GET("/api/bausteine/vorschlag?programm="
                + DURCHSTARTEN + "&nummer=" + nummer).bearerAuth(ki), JSON));
        daten.put("kommuneId", kommune == null ? null : kommunen.get(kommune));
        return daten;
    }

    Map<String, Object> traeger(String name, String kurzname) {
        Map<String, Object> daten = new HashMap<>();
        daten.put("name", name);
        daten.put("kurzname", kurzname);
        return daten;
    }

    @Test
    void bausteinZweimalIstEinKonfliktKeinServerfehler() {
        HttpResponse<?> erster = client.exchange(HttpRequest.POST("/api/bausteine", baustein(2, null)).bearerAuth(ki));
        assertThat(erster.code()).isEqualTo(201);
        long vorher = anzahl("baustein");

        Problem p = problem(client, HttpRequest.POST("/api/bausteine", baustein(2, null)).bearerAuth(ki));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("baustein.vergeben");
        assertThat((String) p.detail()).startsWith("Nummer: Förderbaustein 2 (Berufsbegleitende Qualifizierung und/oder "
                + "Sprachförderung) nutzt Ihr Kreis schon. Bitte den vorhandenen Baustein öffnen und dort ändern.");
        assertThat(p.feld()).containsEntry("field", "nummer").containsEntry("code", "baustein.vergeben");
        assertThat(anzahl("baustein")).isEqualTo(vorher);
    }

    @Test
    @SuppressWarnings("unchecked")
    void bausteinEinerKommuneZweimalIstEinKonflikt() {
        client.exchange(HttpRequest.POST("/api/bausteine", baustein(5, "Neuss")).bearerAuth(ki));
        Map<String, Object> dormagen = client.retrieve(HttpRequest.POST("/api/bausteine", baustein(5, "Dormagen"))
                .bearerAuth(ki), JSON);
        long vorher = anzahl("baustein");

        Problem doppelt = problem(client, HttpRequest.POST("/api/bausteine", baustein(5, "Neuss")).bearerAuth(ki));
        assertThat(doppelt.status()).isEqualTo(409);
        assertThat(doppelt.feld()).containsEntry("field", "kommuneId")
                .containsEntry("code", "baustein.vergeben.kommune")
                .containsEntry("message", "Förderbaustein 5 (Innovationsfonds) ist für die Kommune „Neuss“ schon in "
                        + "Nutzung. Bitte den vorhandenen Baustein öffnen und dort ändern.");

        Map<String, Object> umgehaengt = baustein(5, "Neuss");
        Problem geaendert = problem(client, HttpRequest.PUT("/api/bausteine/" + dormagen.get("id"), umgehaengt)
                .header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(geaendert.status()).isEqualTo(409);
        assertThat(geaendert.feld()).containsEntry("code", "baustein.vergeben.kommune");
        assertThat(anzahl("baustein")).isEqualTo(vorher);
        assertThat(db.spalte("select kommune_id from " + schema + ".baustein where id = '" + dormagen.get("id") + "'"))
                .containsExactly(kommunen.get("Dormagen"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void kurznameEinesTraegersZweimalIstEinKonflikt() {
        client.exchange(HttpRequest.POST("/api/traeger", traeger("Caritas Sozialdienste Rhein-Kreis Neuss GmbH",
                "Caritas")).bearerAuth(ki));
        Map<String, Object> kja = client.retrieve(HttpRequest.POST("/api/traeger",
                traeger("Katholische Jugendagentur Düsseldorf gGmbH", "KJA")).bearerAuth(ki), JSON);
        long vorher = anzahl("massnahmetraeger");

        Problem p = problem(client, HttpRequest.POST("/api/traeger", traeger("Caritasverband Düsseldorf e.V.",
                " caritas ")).bearerAuth(ki));
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("traeger.kurzname.vergeben");
        assertThat(p.feld()).containsEntry("field", "kurzname").containsEntry("message", "Einen Maßnahmeträger mit "
                + "dem Kurznamen „…“ gibt es in diesem Kreis schon: Caritas Sozialdienste Rhein-Kreis Neuss GmbH. "
                + "Berichte und Import nennen Träger mit ihrem Kurznamen, deshalb muss er eindeutig sein.");

        Map<String, Object> stamm = (Map<String, Object>) kja.get("stamm");
        Problem umbenannt = problem(client, HttpRequest.PUT("/api/traeger/" + stamm.get("id"),
                traeger((String) stamm.get("name"), "CARITAS")).header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(umbenannt.status()).isEqualTo(409);
        assertThat(umbenannt.feld()).containsEntry("field", "kurzname");

        Problem name = problem(client, HttpRequest.POST("/api/traeger", traeger("caritas sozialdienste rhein-kreis "
                + "neuss gmbh", "Caritas Neuss")).bearerAuth(ki));
        assertThat(name.status()).isEqualTo(409);
        assertThat(name.feld()).containsEntry("field", "name").containsEntry("code", "traeger.name.vergeben");

        assertThat(anzahl("massnahmetraeger")).isEqualTo(vorher);
        assertThat(db.spalte("select kurzname from " + schema + ".massnahmetraeger where id = '" + stamm.get("id")
                + "'")).containsExactly("KJA");
        // a provider without a short name, twice, is fine
        client.exchange(HttpRequest.POST("/api/traeger", traeger("Volkshochschule Neuss", null)).bearerAuth(ki));
        client.exchange(HttpRequest.POST("/api/traeger", traeger("Volkshochschule Dormagen", " ")).bearerAuth(ki));
        assertThat(anzahl("massnahmetraeger")).isEqualTo(vorher + 2);
    }

    @Test
    void massnahmeMitUnbekanntenIdsNenntJedesFeld() {
        long vorher = anzahl("massnahme");
        Map<String, Object> daten = new HashMap<>();
        daten.put("bausteinId", UUID.randomUUID().toString());
        daten.put("traegerId", UUID.randomUUID().toString());
        daten.put("kommunen", List.of(UUID.randomUUID().toString()));
        daten.put("geplanterStart", "2021-05-01");

        Problem p = problem(client, HttpRequest.POST("/api/massnahmen", Map.of("daten", daten)).bearerAuth(ki));

        assertThat(p.status()).isEqualTo(422);
        assertThat(p.code()).isEqualTo("eingabe.verweis.unbekannt");
        assertThat(p.felder()).extracting(f -> f.get("field"), f -> f.get("code")).containsExactly(
                tuple("bausteinId", "baustein.nicht.gefunden"), tuple("traegerId", "traeger.nicht.gefunden"),
                tuple("kommunen", "kommune.fremd"));
        assertThat(anzahl("massnahme")).isEqualTo(vorher);

        Problem pfad = problem(client, HttpRequest.PUT("/api/massnahmen/" + UUID.randomUUID(), daten)
                .header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(pfad.status()).isEqualTo(404);
        assertThat(pfad.code()).isEqualTo("massnahme.nicht.gefunden");
        Problem traeger = problem(client, HttpRequest.PUT("/api/traeger/" + UUID.randomUUID(),
                traeger("Unbekannt gGmbH", null)).header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(traeger.status()).isEqualTo(404);
        Problem baustein = problem(client, HttpRequest.PUT("/api/bausteine/" + UUID.randomUUID(), baustein(3, null))
                .header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(baustein.status()).isEqualTo(404);
        assertThat(anzahl("massnahme")).isEqualTo(vorher);
    }
}
