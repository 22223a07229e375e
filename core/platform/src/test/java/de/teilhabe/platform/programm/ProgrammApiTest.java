package de.teilhabe.platform.programm;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The program API over real HTTP: list with state, enable and disable per Kreis, problem details. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String kreis;
    String admin;
    String betreiber;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Pluginordner.mit(List.of("gemeinsam-klappts", "durchstarten",
                "kim", "broken-example-api-2")).toString());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        betreiber = token("betrieb", TestKreise.BETREIBER_PASSWORT);
        kreis = TestKreise.slug("prg-api");
        client.exchange(HttpRequest.POST("/api/betrieb/kreise", TestKreise.rknAntrag(kreis)).bearerAuth(betreiber));
        admin = token(kreis + ".admin", TestKreise.ADMIN_PASSWORT);
    }

    @Test
    void aktivierenUndDeaktivieren() {
        Map<String, Object> an = client.retrieve(anfrage(HttpRequest.PUT("/api/programme/kim/aktivierung", ""), admin),
                JSON);
        assertThat(an).containsEntry("id", "kim").containsEntry("aktiv", true).containsEntry("zustand", "GESTARTET");
        assertThat(an.get("aktiviertAm")).isNotNull();
        assertThat(programm(liste(admin), "kim")).containsEntry("aktiv", true);

        Map<String, Object> aus = client.retrieve(anfrage(HttpRequest.DELETE("/api/programme/kim/aktivierung"), admin),
                JSON);
        assertThat(aus).containsEntry("aktiv", false);
        assertThat(programm(liste(admin), "kim")).containsEntry("aktiv", false);
    }

    @Test
    void listeMitZustandUndGrund() {
        List<Map<String, Object>> liste = liste(admin);
        assertThat(liste).extracting(p -> p.get("id"))
                .containsExactly("broken-api-version", "durchstarten", "gemeinsam-klappts", "kim");
        assertThat(programm(liste, "durchstarten")).containsEntry("name", "Durchstarten in Ausbildung und Arbeit")
                .containsEntry("version", "0.1.0-SNAPSHOT").containsEntry("aktiv", false);
        assertThat(programm(liste, "broken-api-version")).containsEntry("zustand", "ABGELEHNT");
        assertThat((String) programm(liste, "broken-api-version").get("grund")).contains("Plugin-API " + de.teilhabe.plugin.api.PluginApi.VERSION);
        assertThat(liste(betreiber)).allSatisfy(p -> assertThat(p.get("aktiv")).isNull());
    }

    @Test
    void fehlerAlsProblemDetails() {
        HttpClientResponseException abgelehnt = fehler(anfrage(
                HttpRequest.PUT("/api/programme/broken-api-version/aktivierung", ""), admin));
        assertThat(abgelehnt.getResponse().code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(abgelehnt.getResponse().getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = abgelehnt.getResponse().getBody(JSON).orElseThrow();
        assertThat(problem).containsEntry("code", "programm.nicht.verfuegbar");
        assertThat((String) problem.get("detail"))
                .startsWith("Das Programm „…“ steht derzeit nicht zur Verfügung.");

        assertThat(fehler(anfrage(HttpRequest.PUT("/api/programme/gibt-es-nicht/aktivierung", ""), admin))
                .getResponse().code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(fehler(anfrage(HttpRequest.PUT("/api/programme/kim/aktivierung", ""), betreiber)).getResponse().code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(fehler(HttpRequest.GET("/api/programme")).getResponse().code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void imOpenApiDokument() {
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/programme", "/api/programme/{id}/aktivierung");
    }

    private List<Map<String, Object>> liste(String token) {
        return client.retrieve(anfrage(HttpRequest.GET("/api/programme"), token), Argument.listOf(JSON));
    }

    private static Map<String, Object> programm(List<Map<String, Object>> liste, String id) {
        return liste.stream().filter(p -> id.equals(p.get("id"))).findFirst().orElseThrow();
    }

    private static MutableHttpRequest<?> anfrage(MutableHttpRequest<?> anfrage, String token) {
        return anfrage.bearerAuth(token);
    }

    private String token(String benutzer, String passwort) {
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", benutzer, "passwort", passwort)), JSON).get("accessToken");
    }

    private HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) Assertions.catchThrowable(() -> client.exchange(anfrage, Map.class));
    }
}
