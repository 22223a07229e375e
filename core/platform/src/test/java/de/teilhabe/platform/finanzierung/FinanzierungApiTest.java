package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The funding API over real HTTP: Kreis Steinfurt's 1.170.000,00 € for FB 1–4 (seed 002) created, changed with
 * If-Match, refused with 409 when stale and with 400 problem details for bad input, summarised, deleted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanzierungApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String token;
    List<Baustein> fb;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "fin-api", DURCHSTARTEN);
        fb = List.of(1, 2, 3, 4).stream().map(n -> Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, n,
                LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30))).toList();
        token = (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                admin.benutzername(), "passwort", TestKreise.ADMIN_PASSWORT)), JSON).get("accessToken");
    }

    Map<String, Object> steinfurt(String betrag) {
        Map<String, Object> daten = new HashMap<>();
        daten.put("programmId", DURCHSTARTEN);
        daten.put("art", "MITTELRAHMEN");
        daten.put("beginn", "2020-01-01");
        daten.put("ende", "2022-06-30");
        daten.put("betrag", new BigDecimal(betrag));
        daten.put("bausteine", fb.stream().map(b -> b.id().toString()).toList());
        return daten;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anlegenAendernKonfliktUebersichtLoeschen() {
        HttpResponse<Map<String, Object>> angelegt = client.exchange(
                HttpRequest.POST("/api/finanzierung/bescheide", steinfurt("1170000.00")).bearerAuth(token), JSON);
        assertThat(angelegt.code()).isEqualTo(201);
        Map<String, Object> stamm = (Map<String, Object>) angelegt.body().get("stamm");
        String pfad = "/api/finanzierung/bescheide/" + stamm.get("id");
        assertThat(stamm.get("version")).isEqualTo(0);
        assertThat(new BigDecimal(stamm.get("betrag").toString())).isEqualByComparingTo("1170000.00");

        Map<String, Object> geaendert = client.retrieve(mitVersion(HttpRequest.PUT(pfad, steinfurt("1170000")), "0"),
                JSON);
        assertThat(((Map<String, Object>) geaendert.get("stamm")).get("version")).isEqualTo(1);

        HttpClientResponseException veraltet = fehler(mitVersion(HttpRequest.PUT(pfad, steinfurt("1")), "0"));
        assertThat(veraltet.getStatus().getCode()).isEqualTo(412);
        assertThat(veraltet.getResponse().getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map<String, Object> problem = veraltet.getResponse().getBody(JSON).orElseThrow();
        assertThat(problem.get("code")).isEqualTo("konflikt.veraltet");
        assertThat(problem.get("detail")).isEqualTo("Der Datensatz wurde inzwischen von jemand anderem geändert. "
                + "Bitte neu laden und die Änderung erneut vornehmen.");

        Map<String, Object> stand = client.retrieve(HttpRequest.GET("/api/finanzierung/uebersicht?programm="
                + DURCHSTARTEN).bearerAuth(token), JSON);
        assertThat(stand.get("massgeblich")).isEqualTo("MITTELRAHMEN");
        assertThat(new BigDecimal(stand.get("zugesagt").toString())).isEqualByComparingTo("1170000.00");
        assertThat((List<Object>) stand.get("bausteine")).hasSize(4);

        assertThat(fehler(HttpRequest.DELETE(pfad).bearerAuth(token)).getStatus().getCode()).isEqualTo(400);
        assertThat(client.exchange(mitVersion(HttpRequest.DELETE(pfad), "1")).code()).isEqualTo(204);
        assertThat(fehler(HttpRequest.GET(pfad).bearerAuth(token)).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void schlechteEingabeGibtProblemDetailsJeFeld() {
        Map<String, Object> daten = steinfurt("-1170000.00");
        daten.put("ende", "2019-12-31");
        HttpClientResponseException e = fehler(HttpRequest.POST("/api/finanzierung/bescheide", daten)
                .bearerAuth(token).header("Accept-Language", "en"));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        List<Map<String, Object>> felder = (List<Map<String, Object>>) e.getResponse().getBody(JSON).orElseThrow()
                .get("errors");
        assertThat(felder).extracting(f -> f.get("field"), f -> f.get("code"), f -> f.get("message")).containsExactly(
                Assertions.tuple("ende", "zeitraum.ende.vor.beginn", "The end lies before the start."),
                Assertions.tuple("betrag", "betrag.negativ", "The amount must not be negative."));
    }

    @Test
    void openApiBeschreibtDieFinanzierung() {
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/finanzierung/bescheide", "/api/finanzierung/eigenanteile",
                        "/api/finanzierung/weiterleitungen", "/api/finanzierung/uebersicht");
    }

    MutableHttpRequest<?> mitVersion(MutableHttpRequest<?> anfrage, String version) {
        return anfrage.bearerAuth(token).header("If-Match", "\"" + version + "\"");
    }

    HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) Assertions.catchThrowable(() -> client.exchange(anfrage, JSON));
    }
}
