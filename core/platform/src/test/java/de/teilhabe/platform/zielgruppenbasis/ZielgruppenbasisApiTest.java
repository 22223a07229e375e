package de.teilhabe.platform.zielgruppenbasis;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The target-group base over real HTTP: report (g) of the seed's Ausgangslage 31.12.2019 as JSON, a new Stand,
 * its replacement with If-Match and a stale one refused with 409, a negative count with 400 problem details.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZielgruppenbasisApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String token;
    Map<String, String> kommune;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "zgb-api", GEMEINSAM_KLAPPTS);
        ctx.getBean(ZielgruppenbasisDemo.class).rkn(admin.kreisSlug());
        kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, k -> k.id().toString()));
        token = (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                admin.benutzername(), "passwort", TestKreise.ADMIN_PASSWORT)), JSON).get("accessToken");
    }

    Map<String, Object> stand(String stichtag, int neussGeduldete) {
        Map<String, Object> d = new HashMap<>();
        d.put("programmId", GEMEINSAM_KLAPPTS);
        d.put("stichtag", stichtag);
        d.put("quelle", "ABH, Stand Juni 2020");
        d.put("werte", List.of(Map.of("kommuneId", kommune.get("Neuss"), "geduldete", neussGeduldete,
                "gestattete", 40)));
        return d;
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabelleAnlegenErsetzenUndVeraltet() {
        Map<String, Object> t = client.retrieve(HttpRequest.GET("/api/zielgruppenbasis/tabelle?programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=2019-12-31").bearerAuth(token), JSON);
        assertThat(t.get("stand")).isEqualTo("2019-12-31");
        assertThat(t.get("quelle")).isEqualTo("Rückmeldungen der Ausländerbehörden, Stand September 2019");
        assertThat((List<Map<String, Object>>) t.get("zeilen")).first().isEqualTo(Map.of("kommune", "Dormagen",
                "geduldete", 47, "gestattete", 64, "gesamt", 111));
        assertThat((Map<String, Object>) t.get("summe")).isEqualTo(Map.of("kommune", "Summe", "geduldete", 308,
                "gestattete", 304, "gesamt", 612));

        HttpResponse<Map<String, Object>> angelegt = client.exchange(HttpRequest.POST("/api/zielgruppenbasis",
                stand("2020-06-30", 60)).bearerAuth(token), JSON);
        assertThat(angelegt.code()).isEqualTo(201);
        String pfad = "/api/zielgruppenbasis/" + ((Map<String, Object>) angelegt.body().get("stamm")).get("id");
        assertThat(client.exchange(HttpRequest.PUT(pfad, stand("2020-06-30", 61)).bearerAuth(token)
                .header("If-Match", "\"0\""), JSON).code()).isEqualTo(200);
        HttpClientResponseException veraltet = fehler(HttpRequest.PUT(pfad, stand("2020-06-30", 62))
                .bearerAuth(token).header("If-Match", "\"0\""));
        assertThat(veraltet.getStatus().getCode()).isEqualTo(412);
        assertThat(veraltet.getResponse().getBody(JSON).orElseThrow().get("code")).isEqualTo("konflikt.veraltet");

        List<Map<String, Object>> staende = client.retrieve(HttpRequest.GET("/api/zielgruppenbasis?programm="
                + GEMEINSAM_KLAPPTS).bearerAuth(token), Argument.listOf(JSON));
        assertThat(staende).extracting(s -> ((Map<String, Object>) s.get("stamm")).get("stichtag"))
                .containsExactly("2020-06-30", "2019-12-31");
        Map<String, Object> juli = client.retrieve(HttpRequest.GET("/api/zielgruppenbasis/tabelle?programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=2020-07-01").bearerAuth(token), JSON);
        assertThat((Map<String, Object>) juli.get("summe")).containsEntry("gesamt", 101);
        assertThat(client.exchange(HttpRequest.DELETE(pfad).bearerAuth(token).header("If-Match", "\"1\""))
                .code()).isEqualTo(204);
    }

    @Test
    @SuppressWarnings("unchecked")
    void negativeAnzahlGibtProblemDetails() {
        HttpClientResponseException e = fehler(HttpRequest.POST("/api/zielgruppenbasis", stand("2021-01-31", -3))
                .bearerAuth(token));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
        List<Map<String, Object>> felder = (List<Map<String, Object>>) e.getResponse().getBody(JSON).orElseThrow()
                .get("errors");
        assertThat(felder).singleElement().satisfies(f -> {
            assertThat(f.get("code")).isEqualTo("zielgruppenbasis.anzahl.negativ");
            assertThat(f.get("field")).isEqualTo("werte[0].geduldete");
            assertThat(f.get("message")).isEqualTo("Die Anzahl darf nicht negativ sein (eingegeben: -3).");
        });
        HttpClientResponseException datum = fehler(HttpRequest.GET("/api/zielgruppenbasis/tabelle?programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=31.12.2019").bearerAuth(token));
        assertThat(datum.getStatus().getCode()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) datum.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("code")).containsExactly("eingabe.datum");
    }

    @Test
    void openApiBeschreibtDieZielgruppenbasis() {
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/zielgruppenbasis", "/api/zielgruppenbasis/tabelle");
    }

    HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) Assertions.catchThrowable(() -> client.exchange(anfrage, JSON));
    }
}
