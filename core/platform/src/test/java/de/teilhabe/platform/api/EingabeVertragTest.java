package de.teilhabe.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The input contract with the exact inputs of issue 13, over raw HTTP (bodies as the careless client sends them):
 * each refused with a 400 / 412 / 415 problem that names the field by its label and the rule, holds the request id,
 * never the value sent — and writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EingabeVertragTest {

    private static final Argument<Map<String, Object>> OBJEKT = Argument.mapOf(String.class, Object.class);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String admin;

    @BeforeAll
    void kreis() throws Exception {
        String betreiber = token("betrieb", TestKreise.BETREIBER_PASSWORT);
        String slug = TestKreise.slug("vertrag");
        String antrag = json.writeValueAsString(TestKreise.rknAntrag(slug));
        assertThat(senden("POST", "/api/betrieb/kreise", antrag, betreiber).statusCode()).isEqualTo(201);
        admin = token(slug + ".admin", TestKreise.ADMIN_PASSWORT);
    }

    @Test
    void nullzeichenImNamen() throws Exception {
        int vorher = kommunen();
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", kommune("\"Neu\\u0000ssmarke\""), admin), 400);
        assertThat(problem.toString()).doesNotContain("ssmarke");
        feld(problem, "name", "Name", "eingabe.steuerzeichen");
        assertThat(kommunen()).isEqualTo(vorher);
    }

    @Test
    void nullzeichenBeiDerAnmeldung() throws Exception {
        Map<String, Object> problem = problem(senden("POST", "/api/anmeldung",
                "{\"benutzername\":\"a\\u0000b\",\"passwort\":\"x\"}", null), 400);
        feld(problem, "benutzername", "Benutzername", "eingabe.steuerzeichen");
    }

    @Test
    void steuerzeichenImNamen() throws Exception {
        feld(problem(senden("POST", "/api/kommunen", kommune("\"Ne\\u0007uss\""), admin), 400), "name", "Name",
                "eingabe.steuerzeichen");
    }

    @Test
    void zehntausendZeichenInEinemIndiziertenFeld() throws Exception {
        int vorher = kommunen();
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", kommune("\"" + "x".repeat(10_000) + "\""), admin),
                400);
        feld(problem, "name", "Name", "eingabe.zu.lang");
        assertThat((String) problem.get("detail")).contains("500 Zeichen");
        assertThat(kommunen()).isEqualTo(vorher);
    }

    @Test
    void jaIstKeinWahrheitswert() throws Exception {
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", "{\"name\":\"Jastadt\",\"eigeneAuslaenderbehoerde\":"
                + "\"ja\",\"eigenesJugendamt\":false,\"integrationsrat\":false}", admin), 400);
        feld(problem, "eigeneAuslaenderbehoerde", "Eigene Ausländerbehörde", "eingabe.wahrheitswert");
    }

    @Test
    void fehlenderWahrheitswertIstKeinFalse() throws Exception {
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", "{\"name\":\"Ohnewert\",\"eigenesJugendamt\":false,"
                + "\"integrationsrat\":false}", admin), 400);
        feld(problem, "eigeneAuslaenderbehoerde", "Eigene Ausländerbehörde", "eingabe.pflicht");
    }

    @Test
    void wahrIstKeineZahlUndAnderthalbKeineGanzeZahl() throws Exception {
        String anteil = "{\"programmId\":\"gemeinsam-klappts\",\"bausteinId\":\"" + UUID.randomUUID()
                + "\",\"jahr\":%s,\"betrag\":1000,\"quelle\":\"Kreis\"}";
        feld(problem(senden("POST", "/api/finanzierung/eigenanteile", anteil.formatted("true"), admin), 400), "jahr",
                "Jahr", "eingabe.ganzzahl");
        feld(problem(senden("POST", "/api/finanzierung/eigenanteile", anteil.formatted("2021.5"), admin), 400), "jahr",
                "Jahr", "eingabe.ganzzahl");
    }

    @Test
    void fehlendeProgrammIdUndFehlendeDaten() throws Exception {
        // the program is needed only by a new record (a changed one keeps its own): a rule of the service, asked once
        // the record's constraints hold — an empty body is told its missing required values first
        feld(problem(senden("POST", "/api/zielgruppenbasis", "{}", admin), 400), "stichtag", "Stichtag",
                "zielgruppenbasis.stichtag.fehlt");
        feld(problem(senden("POST", "/api/finanzierung/bescheide", "{}", admin), 400), "bausteine", "Förderbausteine",
                "finanzierung.bausteine.leer");
        feld(problem(senden("POST", "/api/finanzierung/eigenanteile", "{}", admin), 400), "betrag", "Betrag",
                "pflichtfeld");
        Map<String, String> ohneProgramm = Map.of(
                "/api/zielgruppenbasis", "{\"stichtag\":\"2021-01-01\"}",
                "/api/finanzierung/bescheide", "{\"beginn\":\"2021-01-01\",\"ende\":\"2021-12-31\",\"betrag\":1,"
                        + "\"bausteine\":[\"" + UUID.randomUUID() + "\"]}",
                "/api/finanzierung/eigenanteile", "{\"jahr\":2021,\"betrag\":1,\"quelle\":\"Kreis\"}");
        for (Map.Entry<String, String> anfrage : ohneProgramm.entrySet()) {
            assertThat(problem(senden("POST", anfrage.getKey(), anfrage.getValue(), admin), 400).toString())
                    .as(anfrage.getKey()).contains("programmId");
        }
        HttpRequest ohneKoerper = HttpRequest.newBuilder(uri("/api/zielgruppenbasis"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        feld(problem(http.send(ohneKoerper, HttpResponse.BodyHandlers.ofString()), 400), "daten", "Angaben",
                "eingabe.pflicht");
    }

    @Test
    void zehnHochZwanzigAlsBetrag() throws Exception {
        String weiterleitung = "{\"bausteinId\":\"" + UUID.randomUUID() + "\",\"traegerId\":\"" + UUID.randomUUID()
                + "\",\"betrag\":1e20,\"beginn\":\"2021-01-01\",\"ende\":\"2021-12-31\"}";
        feld(problem(senden("POST", "/api/finanzierung/weiterleitungen", weiterleitung, admin), 400), "betrag",
                "Betrag", "eingabe.zahl.bereich");
    }

    @Test
    void neunMegabyteNotiz() throws Exception {
        String notiz = "{\"am\":\"2021-03-01\",\"text\":\"" + "Notiz ".repeat(1_500_000) + "\"}";
        Map<String, Object> problem = problem(senden("POST", "/api/teilnehmer/" + UUID.randomUUID() + "/notizen", notiz, admin),
                400);
        feld(problem, "text", "Text", "eingabe.zu.lang");
    }

    @Test
    void zeichenNachDemJson() throws Exception {
        int vorher = kommunen();
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", kommune("\"Nachsatz\"") + " xyz", admin), 400);
        assertThat(problem.get("code")).isEqualTo("eingabe.json");
        assertThat(kommunen()).isEqualTo(vorher);
    }

    @Test
    void unbekanntesFeld() throws Exception {
        String body = kommune("\"Extrafeld\"").replace("{", "{\"hinterTuer\":1,");
        Map<String, Object> problem = problem(senden("POST", "/api/kommunen", body, admin), 400);
        assertThat(problem.get("code")).isEqualTo("eingabe.unbekannt");
        assertThat(problem.toString()).doesNotContain("hinterTuer");
    }

    @Test
    void falscherInhaltstypIst415() throws Exception {
        HttpRequest anfrage = HttpRequest.newBuilder(uri("/api/kommunen")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Neuss")).build();
        Map<String, Object> problem = problem(http.send(anfrage, HttpResponse.BodyHandlers.ofString()), 415);
        assertThat(problem.get("code")).isEqualTo("eingabe.medientyp");
    }

    @Test
    void getHatEtagUndVeraltetesIfMatchIst412() throws Exception {
        HttpResponse<String> angelegt = senden("POST", "/api/traeger", "{\"name\":\"Etag gGmbH\",\"kurzname\":"
                + "\"Etag\",\"kontakte\":[],\"kommunen\":[]}", admin);
        assertThat(angelegt.statusCode()).isEqualTo(201);
        String id = (String) ((Map<?, ?>) json.readValue(angelegt.body(), OBJEKT).get("stamm")).get("id");
        HttpResponse<String> gelesen = senden("GET", "/api/traeger/" + id, null, admin);
        assertThat(gelesen.headers().firstValue("ETag")).hasValue("\"0\"");

        HttpRequest aendern = HttpRequest.newBuilder(uri("/api/traeger/" + id)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").header("If-Match", "\"7\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Etag gGmbH\",\"kurzname\":\"Etag\","
                        + "\"kontakte\":[],\"kommunen\":[]}")).build();
        Map<String, Object> problem = problem(http.send(aendern, HttpResponse.BodyHandlers.ofString()), 412);
        assertThat(problem.get("code")).isEqualTo("konflikt.veraltet");
    }

    @Test
    void dieAnfragekennungStehtImProblem() throws Exception {
        HttpRequest anfrage = HttpRequest.newBuilder(uri("/api/kommunen")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").header("X-Request-Id", "vertrag-4711")
                .POST(HttpRequest.BodyPublishers.ofString("kein json")).build();
        Map<String, Object> problem = problem(http.send(anfrage, HttpResponse.BodyHandlers.ofString()), 400);
        assertThat(problem.get("requestId")).isEqualTo("vertrag-4711");
    }

    private static String kommune(String name) {
        return "{\"name\":" + name + ",\"eigeneAuslaenderbehoerde\":false,\"eigenesJugendamt\":false,"
                + "\"integrationsrat\":false}";
    }

    /** The response is a problem of {@code status} in the agreed shape, without internals. */
    private Map<String, Object> problem(HttpResponse<String> antwort, int status) throws IOException {
        assertThat(antwort.statusCode()).as(antwort.body()).isEqualTo(status);
        assertThat(antwort.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> problem = json.readValue(antwort.body(), OBJEKT);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat((String) problem.get("type")).startsWith("urn:teilhabe:problem:");
        assertThat((String) problem.get("detail")).isNotBlank();
        assertThat(problem).containsKey("requestId");
        assertThat(antwort.body()).doesNotContain("Exception", "SQL", "org.", "io.micronaut", "Failed to convert");
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static void feld(Map<String, Object> problem, String feld, String label, String code) {
        assertThat((List<Map<String, Object>>) problem.get("errors")).as(problem.toString()).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo(feld);
            assertThat(f.get("label")).isEqualTo(label);
            assertThat(f.get("code")).isEqualTo(code);
        });
        assertThat((String) problem.get("detail")).contains(label);
    }

    private int kommunen() throws Exception {
        return json.readValue(senden("GET", "/api/kommunen", null, admin).body(), Argument.listOf(Object.class)).size();
    }

    private String token(String benutzername, String passwort) throws Exception {
        HttpResponse<String> antwort = senden("POST", "/api/anmeldung", json.writeValueAsString(
                java.util.Map.of("benutzername", benutzername, "passwort", passwort)), null);
        return (String) json.readValue(antwort.body(), OBJEKT).get("accessToken");
    }

    private HttpResponse<String> senden(String methode, String pfad, String body, String token) throws Exception {
        HttpRequest.Builder anfrage = HttpRequest.newBuilder(uri(pfad)).header("Accept-Language", "de");
        if (token != null) {
            anfrage.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            anfrage.header("Content-Type", "application/json");
        }
        anfrage.method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(anfrage.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pfad) {
        return URI.create(server.getURL() + pfad);
    }
}
