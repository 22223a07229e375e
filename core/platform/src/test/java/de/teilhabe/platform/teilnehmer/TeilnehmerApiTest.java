package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The participant API over real HTTP: intake (201), search, record, de-registration with If-Match, a stale
 * version (412), bad input as problem details (400), a provider account refused (403).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeilnehmerApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String cm;
    String traeger;
    String neuss;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "tn-api", GEMEINSAM_KLAPPTS);
        neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .findFirst().orElseThrow().id().toString();
        cm = ApiKonten.konto(ctx, client, admin, "cm", Rolle.CASE_MANAGEMENT);
        traeger = ApiKonten.konto(ctx, client, admin, "tr", Rolle.MASSNAHMETRAEGER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aufnahmeSucheAkteAbmeldung() {
        Map<String, Object> antrag = Map.of(
                "person", Map.of("vorname", "Amira", "nachname", "Apitest", "geburtsdatum", "1997-01-15",
                        "kommuneId", neuss),
                "merkmale", List.of(Map.of("merkmal", "BESCHAEFTIGUNGSVERBOT", "ab", "2021-03-31")),
                "aufenthalt", Map.of("status", "DULDUNG", "ab", "2020-10-01"),
                "programm", GEMEINSAM_KLAPPTS, "aufgenommenAm", "2021-03-31",
                "einwilligungen", List.of("GIB_DATENBANK"));
        HttpResponse<Map<String, Object>> angelegt = client.exchange(HttpRequest.POST("/api/teilnehmer", antrag)
                .bearerAuth(cm), JSON);
        assertThat(angelegt.code()).isEqualTo(201);
        Map<String, Object> person = (Map<String, Object>) angelegt.body().get("teilnehmer");
        String id = (String) person.get("id");
        assertThat(((List<Map<String, Object>>) angelegt.body().get("programme")).get(0).get("einstufung"))
                .isEqualTo("PRIMAER");

        Map<String, Object> treffer = client.retrieve(HttpRequest.GET("/api/teilnehmer?suche=apit&status=DULDUNG"
                + "&kommuneId=" + neuss).bearerAuth(cm), JSON);
        assertThat(treffer.get("gesamt")).isEqualTo(1);
        assertThat(((List<Map<String, Object>>) treffer.get("zeilen")).get(0).get("name"))
                .isEqualTo("Apitest, Amira");
        assertThat(client.retrieve(HttpRequest.GET("/api/teilnehmer/" + id).bearerAuth(cm), JSON)
                .get("aktuellerStatus")).isEqualTo("DULDUNG");

        Map<String, Object> abgemeldet = client.retrieve(HttpRequest.POST("/api/teilnehmer/" + id + "/abmeldung",
                Map.of("am", "2021-06-30", "grund", "nicht erreichbar")).header("If-Match", "\"0\"").bearerAuth(cm),
                JSON);
        assertThat(((Map<String, Object>) abgemeldet.get("teilnehmer")).get("abgemeldetAm")).isEqualTo("2021-06-30");

        HttpClientResponseException veraltet = catchThrowableOfType(() -> client.exchange(HttpRequest.POST(
                "/api/teilnehmer/" + id + "/wiederaufnahme", Map.of("am", "2021-09-01")).header("If-Match", "\"0\"")
                .bearerAuth(cm), JSON), HttpClientResponseException.class);
        assertThat(veraltet.getStatus().getCode()).isEqualTo(412);
    }

    @Test
    void eingabefehlerAlsProblemDetails() {
        Map<String, Object> antrag = Map.of(
                "person", Map.of("vorname", "Zukunft", "nachname", "Apitest", "geburtsdatum", "2100-01-01",
                        "kommuneId", neuss),
                "aufenthalt", Map.of("status", "DULDUNG", "ab", "2020-10-01"),
                "programm", GEMEINSAM_KLAPPTS, "aufgenommenAm", "2021-03-31");
        HttpClientResponseException e = catchThrowableOfType(() -> client.exchange(HttpRequest.POST("/api/teilnehmer",
                antrag).bearerAuth(cm), JSON), HttpClientResponseException.class);
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("person.geburtsdatum")
                .contains("Das Geburtsdatum liegt in der Zukunft.");
    }

    @Test
    void massnahmetraegerWirdAbgewiesen() {
        HttpClientResponseException e = catchThrowableOfType(() -> client.exchange(HttpRequest.GET("/api/teilnehmer")
                .bearerAuth(traeger), JSON), HttpClientResponseException.class);
        assertThat(e.getStatus().getCode()).isEqualTo(403);
    }
}
