package de.teilhabe.platform.stelle;

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
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The posts API over real HTTP with RKN's figures (seed 000): inputs 308 → 3.0 posts, THM 1 for Neuss and
 * Dormagen, a stale change refused with 409, a negative count with 400 problem details, the overview at
 * 31.03.2021.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StellenApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Map<String, Integer> GEDULDET = StellenTest.rkn();

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
        Nutzer admin = Programmumgebung.kreisMit(ctx, "thm-api", GEMEINSAM_KLAPPTS);
        kommune = ctx.getBean(KommunenDienst.class).liste(admin).stream()
                .collect(Collectors.toMap(Kommune::name, k -> k.id().toString()));
        token = (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                admin.benutzername(), "passwort", TestKreise.ADMIN_PASSWORT)), JSON).get("accessToken");
    }

    Map<String, Object> eingaben(String juechen) {
        Map<String, Object> d = new HashMap<>();
        d.put("programmId", GEMEINSAM_KLAPPTS);
        d.put("schluesselId", StellenTest.THM);
        d.put("stichtag", "2019-12-31");
        d.put("werte", GEDULDET.entrySet().stream().map(e -> Map.of("eingabe", StellenTest.GEDULDETE,
                "kommuneId", kommune.get(e.getKey()), "wert", e.getKey().equals("Jüchen") ? new BigDecimal(juechen)
                        : BigDecimal.valueOf(e.getValue()))).toList());
        return d;
    }

    @Test
    @SuppressWarnings("unchecked")
    void eingabenAnspruchStelleUndUebersicht() {
        List<Map<String, Object>> schluessel = client.retrieve(HttpRequest.GET("/api/stellen/schluessel?programm="
                + GEMEINSAM_KLAPPTS).bearerAuth(token), Argument.listOf(JSON));
        assertThat(schluessel).extracting(s -> s.get("id")).containsExactly(StellenTest.THM);

        HttpResponse<Map<String, Object>> angelegt = client.exchange(HttpRequest.POST("/api/stellen/berechnungen",
                eingaben("17")).bearerAuth(token), JSON);
        assertThat(angelegt.code()).isEqualTo(201);
        Object id = ((Map<String, Object>) angelegt.body().get("stamm")).get("id");
        Map<String, Object> anspruch = client.retrieve(HttpRequest.GET("/api/stellen/berechnungen/" + id
                + "/anspruch").bearerAuth(token), JSON);
        assertThat(new BigDecimal(anspruch.get("stellen").toString())).isEqualByComparingTo("3.0");
        assertThat((List<String>) anspruch.get("rechenweg")).contains("Summe: 308 Geduldete");

        Map<String, Object> stelle = new HashMap<>(Map.of("programmId", GEMEINSAM_KLAPPTS, "schluesselId",
                StellenTest.THM, "bezeichnung", "THM 1", "vzae", 1, "beginn", "2020-05-01",
                "kommunen", List.of(kommune.get("Neuss"), kommune.get("Dormagen"))));
        Map<String, Object> thm1 = client.retrieve(HttpRequest.POST("/api/stellen/besetzung", stelle)
                .bearerAuth(token), JSON);
        String pfad = "/api/stellen/besetzung/" + ((Map<String, Object>) thm1.get("stelle")).get("id");
        stelle.put("ende", "2021-12-31");
        assertThat(client.exchange(mitVersion(HttpRequest.PUT(pfad, stelle), "0"), JSON).code()).isEqualTo(200);
        HttpClientResponseException veraltet = fehler(mitVersion(HttpRequest.PUT(pfad, stelle), "0"));
        assertThat(veraltet.getStatus().getCode()).isEqualTo(412);
        assertThat(veraltet.getResponse().getBody(JSON).orElseThrow().get("code")).isEqualTo("konflikt.veraltet");

        Map<String, Object> stand = client.retrieve(HttpRequest.GET("/api/stellen/uebersicht?programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=2021-03-31").bearerAuth(token), JSON);
        assertThat(new BigDecimal(stand.get("anspruch").toString())).isEqualByComparingTo("3.0");
        assertThat(new BigDecimal(stand.get("besetzt").toString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(stand.get("differenz").toString())).isEqualByComparingTo("2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void negativeAnzahlGibtProblemDetails() {
        HttpClientResponseException e = fehler(HttpRequest.POST("/api/stellen/vorschau", eingaben("-17"))
                .bearerAuth(token));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        List<Map<String, Object>> felder = (List<Map<String, Object>>) e.getResponse().getBody(JSON).orElseThrow()
                .get("errors");
        assertThat(felder).singleElement().satisfies(f -> {
            assertThat(f.get("code")).isEqualTo("stelle.eingabe.negativ");
            assertThat(f.get("field").toString()).matches("werte\\[\\d]\\.wert");
            assertThat(f.get("message")).isEqualTo("Der Wert darf nicht negativ sein (eingegeben: -17).");
        });
    }

    @Test
    void openApiBeschreibtDieStellen() {
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/stellen/schluessel", "/api/stellen/berechnungen", "/api/stellen/besetzung",
                        "/api/stellen/uebersicht", "/api/stellen/vorschau");
    }

    MutableHttpRequest<?> mitVersion(MutableHttpRequest<?> anfrage, String version) {
        return anfrage.bearerAuth(token).header("If-Match", "\"" + version + "\"");
    }

    HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) Assertions.catchThrowable(() -> client.exchange(anfrage, JSON));
    }
}
