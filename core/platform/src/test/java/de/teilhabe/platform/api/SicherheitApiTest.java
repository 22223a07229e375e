package de.teilhabe.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14, headers and endpoints, password policy: the attacks of the audit, over real HTTP. API responses lacked
 * {@code nosniff} and {@code no-store}; {@code /health} showed the JDBC URL, the PostgreSQL version and disk sizes to any
 * account; {@code /prometheus} answered anyone; {@code 1234567890}, {@code passwort12} and a password equal to the user
 * name were accepted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SicherheitApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String METRIK_TOKEN = "test-metriken-token-0123456789";

    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String betreiber;
    String slug;
    String admin;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        betreiber = token("betrieb", TestKreise.BETREIBER_PASSWORT);
        slug = TestKreise.slug("sicher");
        assertThat(client.exchange(HttpRequest.POST("/api/betrieb/kreise", TestKreise.rknAntrag(slug))
                .bearerAuth(betreiber), Map.class).code()).isEqualTo(201);
        admin = token(slug + ".admin", TestKreise.ADMIN_PASSWORT);
    }

    @Test
    void apiAntwortenTragenDieSchutzkoepfe() {
        List<HttpResponse<?>> antworten = List.of(
                client.exchange(HttpRequest.GET("/api/kommunen").bearerAuth(admin), String.class),
                client.exchange(HttpRequest.GET("/api/benutzer").bearerAuth(admin), String.class),
                fehler(HttpRequest.GET("/api/kommunen")).getResponse(),
                fehler(HttpRequest.POST("/api/anmeldung", Map.of("benutzername", "x", "passwort", "falsch")))
                        .getResponse());
        for (HttpResponse<?> r : antworten) {
            assertThat(r.header("X-Content-Type-Options")).as(r.status() + " " + r.getHeaders().asMap()).isEqualTo("nosniff");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Strict-Transport-Security")).isNull();
        }
        HttpResponse<String> gesund = client.exchange(HttpRequest.GET("/health"), String.class);
        assertThat(gesund.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** No proxy is configured here: the header is the client's own and proves nothing (AnmeldeschutzApiTest: with one). */
    @Test
    void hstsNichtAufXForwardedProtoOhneVertrautenProxy() {
        HttpResponse<String> r = client.exchange(HttpRequest.GET("/api/kommunen").bearerAuth(admin)
                .header("X-Forwarded-Proto", "https"), String.class);
        assertThat(r.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void healthZeigtDetailsNurDemBetreiber() {
        for (MutableHttpRequest<?> anfrage : List.of(HttpRequest.GET("/health"),
                HttpRequest.GET("/health").bearerAuth(admin), HttpRequest.GET("/health/readiness").bearerAuth(admin))) {
            String antwort = client.retrieve(anfrage, String.class);
            assertThat(antwort).contains("\"status\":\"UP\"").doesNotContain("details").doesNotContain("jdbc:")
                    .doesNotContain("PostgreSQL").doesNotContain("diskSpace");
        }
        Map<String, Object> fuerBetreiber = client.retrieve(HttpRequest.GET("/health").bearerAuth(betreiber), JSON);
        assertThat(fuerBetreiber.get("status")).isEqualTo("UP");
        assertThat(fuerBetreiber).containsKey("details");
    }

    @Test
    void prometheusNurMitEigenemToken() {
        for (MutableHttpRequest<?> anfrage : List.of(HttpRequest.GET("/prometheus"),
                HttpRequest.GET("/prometheus").bearerAuth("falsches-token"),
                HttpRequest.GET("/prometheus").bearerAuth(admin),
                HttpRequest.GET("/prometheus").bearerAuth(betreiber),
                HttpRequest.GET("/prometheus").basicAuth("betrieb", TestKreise.BETREIBER_PASSWORT))) {
            HttpClientResponseException e = fehler(anfrage);
            assertThat(e.getStatus().getCode()).isEqualTo(401);
            assertThat(e.getResponse().getBody(String.class).orElse("")).doesNotContain("jvm_");
        }
        assertThat(client.retrieve(HttpRequest.GET("/prometheus").bearerAuth(METRIK_TOKEN), String.class))
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void haeufigeUndErratbarePasswoerterWerdenAbgelehnt() {
        assertThat(passwortFehler("cm1", "1234567890")).isEqualTo("passwort.haeufig");
        assertThat(passwortFehler("cm2", "passwort12")).isEqualTo("passwort.haeufig");
        assertThat(passwortFehler("cm3", "Sommer2024!")).isEqualTo("passwort.haeufig");
        assertThat(passwortFehler("fallmanagerin", slug + ".fallmanagerin")).isEqualTo("passwort.enthaelt.benutzername");
        assertThat(passwortFehler("cm4", "Neuss-ist-schoen-2024")).isEqualTo("passwort.enthaelt.kreis");
        assertThat(passwortFehler("cm5", "kurz-123")).isEqualTo("passwort.zu.kurz");
    }

    @Test
    void dieMeldungIstDeutschUndNenntKeinPasswort() {
        HttpClientResponseException e = fehler(anlegen("cm6", "passwort12"));
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        Map<?, ?> feld = (Map<?, ?>) ((List<?>) problem.get("errors")).get(0);
        assertThat(feld.get("field")).isEqualTo("passwort");
        assertThat((String) feld.get("message")).startsWith("Dieses Passwort gehört zu den häufigsten Passwörtern");
        assertThat(e.getResponse().getBody(String.class).orElse("")).doesNotContain("passwort12");
    }

    @Test
    void einGutesPasswortWirdAngenommen() {
        HttpResponse<Map> r = client.exchange(anlegen("gut", "Feldweg-Ampel-Kompass-7"), Map.class);
        assertThat(r.code()).isEqualTo(201);
        assertThat(token(slug + ".gut", "Feldweg-Ampel-Kompass-7")).isNotBlank();
    }

    @Test
    void auchDerErsteAdminBeimOnboardingFolgtDenRegeln() {
        String neu = TestKreise.slug("sicher-b");
        var antrag = TestKreise.rknAntrag(neu);
        var mitSchlechtemPasswort = new de.teilhabe.platform.kreis.OnboardingAntrag(antrag.slug(), antrag.name(),
                antrag.kommunen(), new de.teilhabe.platform.kreis.ErsterAdmin(neu + ".admin", "Admin", "rhein-kreis-neuss"));
        HttpClientResponseException e = fehler(HttpRequest.POST("/api/betrieb/kreise", mitSchlechtemPasswort)
                .bearerAuth(betreiber));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(feldcode(e, "admin.passwort")).isEqualTo("passwort.enthaelt.kreis");
    }

    private String passwortFehler(String kuerzel, String passwort) {
        HttpClientResponseException e = fehler(anlegen(kuerzel, passwort));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        return feldcode(e, "passwort");
    }

    private static String feldcode(HttpClientResponseException e, String feld) {
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        return ((List<?>) problem.get("errors")).stream().map(f -> (Map<?, ?>) f)
                .filter(f -> feld.equals(f.get("field"))).map(f -> (String) f.get("code")).findFirst().orElseThrow();
    }

    private MutableHttpRequest<?> anlegen(String kuerzel, String passwort) {
        Map<String, Object> konto = new HashMap<>();
        konto.put("benutzername", slug + "." + kuerzel);
        konto.put("anzeigename", "Konto " + kuerzel);
        konto.put("rollen", List.of("CASE_MANAGEMENT"));
        konto.put("aktiv", true);
        konto.put("passwort", passwort);
        return HttpRequest.POST("/api/benutzer", konto).bearerAuth(admin);
    }

    private String token(String benutzer, String passwort) {
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", benutzer, "passwort", passwort)), JSON).get("accessToken");
    }

    private HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> client.exchange(anfrage, String.class));
    }
}
