package de.teilhabe.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The REST API end to end over real HTTP: sign-in, tenant from the token, problem details, operability. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String betreiber;
    String kreisA;
    String kreisB;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        betreiber = token("betrieb", TestKreise.BETREIBER_PASSWORT);
        kreisA = TestKreise.slug("api-a");
        kreisB = TestKreise.slug("api-b");
        for (String slug : List.of(kreisA, kreisB)) {
            HttpResponse<Map> r = client.exchange(post("/api/betrieb/kreise", TestKreise.rknAntrag(slug), betreiber),
                    Map.class);
            assertThat(r.code()).isEqualTo(201);
        }
    }

    @Test
    void tokenTraegtDenKreis() {
        Map<String, Object> antwort = client.retrieve(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", kreisA + ".admin", "passwort", TestKreise.ADMIN_PASSWORT)), JSON);
        assertThat(antwort.get("kreis")).isEqualTo(kreisA);
        assertThat(antwort.get("tokenType")).isEqualTo("Bearer");
        assertThat((Integer) antwort.get("expiresIn")).isPositive();
    }

    @Test
    void falschesPasswortGibtProblemDetails() {
        HttpClientResponseException e = fehler(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", kreisA + ".admin", "passwort", "falsch")));
        assertThat(e.getResponse().code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        assertThat(problem.get("detail")).isEqualTo("Benutzername oder Passwort ist falsch.");
        assertThat(problem.get("status")).isEqualTo(401);
    }

    @Test
    void kreisKommtAusDemTokenNichtAusDemKopf() {
        String adminA = token(kreisA + ".admin", TestKreise.ADMIN_PASSWORT);
        MutableHttpRequest<?> anfrage = get("/api/kommunen", adminA).header("X-Kreis", kreisB)
                .header("X-Tenant", kreisB);
        List<Map> kommunen = client.retrieve(anfrage, Argument.listOf(Map.class));
        assertThat(kommunen).hasSize(8);

        String adminB = token(kreisB + ".admin", TestKreise.ADMIN_PASSWORT);
        Map<String, Object> neu = client.retrieve(post("/api/kommunen", kommune("Nur-in-B", false), adminB), JSON);
        assertThat(client.retrieve(get("/api/kommunen", adminA), Argument.listOf(Map.class)))
                .extracting(k -> k.get("name")).doesNotContain("Nur-in-B");
        HttpClientResponseException e = fehler(put("/api/kommunen/" + neu.get("id"),
                kommune("Gekapert", false), adminA, "0"));
        assertThat(e.getResponse().code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void kreisAdminErreichtKeineBetreiberApi() {
        String adminA = token(kreisA + ".admin", TestKreise.ADMIN_PASSWORT);
        assertThat(fehler(get("/api/betrieb/kreise", adminA)).getResponse().code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(fehler(HttpRequest.GET("/api/kommunen")).getResponse().code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(fehler(get("/api/kommunen", adminA + "x")).getResponse().code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void doppelterKurznameGibt409MitFeld() {
        HttpClientResponseException e = fehler(post("/api/betrieb/kreise", TestKreise.rknAntrag(kreisA), betreiber));
        assertThat(e.getResponse().code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        assertThat(problem.get("code")).isEqualTo("slug.vergeben");
        assertThat((List<Map>) problem.get("errors")).singleElement()
                .satisfies(f -> assertThat(f.get("field")).isEqualTo("slug"));
    }

    @Test
    void ungueltigerKurznameAufEnglisch() {
        var antrag = TestKreise.rknAntrag("Neuss_Kreis");
        HttpClientResponseException e = fehler(post("/api/betrieb/kreise", antrag, betreiber)
                .header("Accept-Language", "en"));
        assertThat(e.getResponse().code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        assertThat((List<Map>) problem.get("errors")).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo("slug");
            assertThat((String) f.get("message")).startsWith("Only lower-case letters");
        });
    }

    @Test
    void veralteteVersionGibt412() {
        String adminA = token(kreisA + ".admin", TestKreise.ADMIN_PASSWORT);
        Map<String, Object> jüchen = client.retrieve(get("/api/kommunen", adminA), Argument.listOf(Map.class)).stream()
                .filter(k -> k.get("name").equals("Jüchen")).findFirst().orElseThrow();
        String version = jüchen.get("version").toString();
        Map<String, Object> daten = kommune("Jüchen", true);
        Map<String, Object> geaendert = client.retrieve(put("/api/kommunen/" + jüchen.get("id"), daten, adminA, version),
                Map.class);
        assertThat(geaendert.get("integrationsrat")).isEqualTo(true);

        HttpClientResponseException e = fehler(put("/api/kommunen/" + jüchen.get("id"), daten, adminA, version));
        assertThat(e.getResponse().code()).isEqualTo(HttpStatus.PRECONDITION_FAILED.getCode());
        assertThat(e.getResponse().getBody(JSON).orElseThrow().get("code")).isEqualTo("konflikt.veraltet");

        List<Map> audit = client.retrieve(get("/api/audit?limit=5", adminA), Argument.listOf(Map.class));
        assertThat(audit.get(0).get("aktion")).isEqualTo("GEAENDERT");
        assertThat(audit.get(0).get("benutzer")).isEqualTo(kreisA + ".admin");
        assertThat((String) audit.get(0).get("aenderung")).isEqualTo("{\"integrationsrat\":[false,true]}");
    }

    @Test
    void betriebEndpunkteUndAnfrageKennung() {
        assertThat(client.retrieve(HttpRequest.GET("/health"), JSON).get("status")).isEqualTo("UP");
        assertThat(client.retrieve(HttpRequest.GET("/health/readiness"), JSON).get("status")).isEqualTo("UP");
        assertThat(client.retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth("test-metriken-token-0123456789"), String.class)).contains("jvm_memory_used_bytes");
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/kommunen").contains("/api/betrieb/kreise");
        HttpResponse<String> r = client.exchange(HttpRequest.GET("/health").header("X-Request-Id", "abc-123"),
                String.class);
        assertThat(r.header("X-Request-Id")).isEqualTo("abc-123");
    }

    private String token(String benutzer, String passwort) {
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", benutzer, "passwort", passwort)), JSON).get("accessToken");
    }

    private HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> client.exchange(anfrage, Map.class));
    }

    private static MutableHttpRequest<?> get(String pfad, String token) {
        return HttpRequest.GET(pfad).bearerAuth(token);
    }

    private static MutableHttpRequest<?> post(String pfad, Object body, String token) {
        return HttpRequest.POST(pfad, body).bearerAuth(token);
    }

    private static MutableHttpRequest<?> put(String pfad, Object body, String token, String version) {
        return HttpRequest.PUT(pfad, body).bearerAuth(token).header("If-Match", "\"" + version + "\"");
    }

    /** A Kommune as the API takes it: every yes/no given (a missing one is refused, never taken as false). */
    private static Map<String, Object> kommune(String name, boolean integrationsrat) {
        return Map.of("name", name, "eigeneAuslaenderbehoerde", false, "eigenesJugendamt", false,
                "integrationsrat", integrationsrat);
    }
}
