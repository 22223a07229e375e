package de.teilhabe.platform.teilnehmer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The data-protection API over real HTTP: access request as JSON and PDF, erasure refused (409) and done, the
 * retention rules, dry run and anonymisation; provider and committee accounts refused (403).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatenschutzApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Datenschutzfaelle f;
    String admin;
    String ki;
    String traeger;
    String gremium;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        f = new Datenschutzfaelle(ctx, "ds-api");
        admin = ApiKonten.konto(ctx, client, f.admin, "adm", Rolle.KREIS_ADMIN);
        ki = ApiKonten.konto(ctx, client, f.admin, "ki", Rolle.KI_KOORDINATION);
        traeger = ApiKonten.konto(ctx, client, f.admin, "tr", Rolle.MASSNAHMETRAEGER);
        gremium = ApiKonten.konto(ctx, client, f.admin, "gr", Rolle.GREMIUM_LESERECHT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void auskunftAlsJsonUndPdf() {
        UUID id = f.aufnehmen("Amira", "Apitest", LocalDate.of(1997, 1, 15));

        Map<String, Object> auskunft = client.retrieve(HttpRequest.GET("/api/teilnehmer/" + id + "/auskunft")
                .bearerAuth(ki), JSON);
        assertThat(((Map<String, Object>) ((Map<String, Object>) auskunft.get("akte")).get("teilnehmer"))
                .get("nachname")).isEqualTo("Apitest");
        assertThat((List<Map<String, Object>>) auskunft.get("protokoll")).extracting(e -> e.get("aktion"))
                .contains("AUFGENOMMEN");

        for (String pfad : List.of("/auskunft.pdf", "/auskunft?format=pdf")) {
            HttpResponse<byte[]> pdf = client.exchange(HttpRequest.GET("/api/teilnehmer/" + id + pfad)
                    .bearerAuth(ki), byte[].class);
            assertThat(pdf.getContentType()).hasValueSatisfying(t -> assertThat(t.toString())
                    .isEqualTo("application/pdf"));
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        for (String token : List.of(traeger, gremium)) {
            assertThat(status(HttpRequest.GET("/api/teilnehmer/" + id + "/auskunft").bearerAuth(token)))
                    .isEqualTo(403);
        }
    }

    @Test
    void loeschungAbgelehntUndAusgefuehrt() {
        UUID geschuetzt = f.aufnehmen("Hamid", "Apitest", LocalDate.of(1997, 3, 3));
        f.zuweisenMitAbbruch(geschuetzt, true);
        f.abmelden(geschuetzt, LocalDate.of(2021, 9, 30));
        HttpClientResponseException abgelehnt = catchThrowableOfType(() -> client.exchange(HttpRequest.DELETE(
                "/api/teilnehmer/" + geschuetzt + "?grund=Antrag").bearerAuth(ki), JSON),
                HttpClientResponseException.class);
        assertThat(abgelehnt.getStatus().getCode()).isEqualTo(409);
        assertThat(abgelehnt.getResponse().getBody(String.class).orElse(""))
                .contains("teilnehmer.loeschung.aufbewahrungspflicht", "30.09.2031");

        UUID frei = f.aufnehmen("Samira", "Apitest", LocalDate.of(1998, 5, 5));
        f.abmelden(frei, LocalDate.of(2022, 1, 31));
        assertThat(status(HttpRequest.DELETE("/api/teilnehmer/" + frei, Map.of("grund", "Antrag vom 01.11.2026"))
                .bearerAuth(traeger))).isEqualTo(403);
        Map<String, Object> bescheid = client.retrieve(HttpRequest.DELETE("/api/teilnehmer/" + frei,
                Map.of("grund", "Antrag vom 01.11.2026")).bearerAuth(ki), JSON);
        assertThat(bescheid).containsEntry("geloescht", true);
        assertThat(status(HttpRequest.GET("/api/teilnehmer/" + frei).bearerAuth(ki))).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void regelnProbelaufUndAnonymisierung() {
        UUID id = f.aufnehmen("Yonas", "Apitest", LocalDate.of(1996, 5, 5));
        f.abmelden(id, LocalDate.of(2021, 6, 30));

        List<Map<String, Object>> regeln = client.retrieve(HttpRequest.GET("/api/aufbewahrung/regeln")
                .bearerAuth(admin), Argument.listOf(JSON));
        assertThat(regeln).extracting(r -> r.get("typ")).containsExactly("TEILNEHMER", "EINWILLIGUNG", "ZUWEISUNG",
                "ZUWEISUNG_GEFOERDERT");
        Map<String, Object> geaendert = client.retrieve(HttpRequest.PUT("/api/aufbewahrung/regeln/ZUWEISUNG",
                Map.of("jahre", 6)).header("If-Match", "\"" + regeln.get(2).get("version") + "\"").bearerAuth(admin),
                JSON);
        assertThat(geaendert.get("jahre")).isEqualTo(6);
        assertThat(status(HttpRequest.PUT("/api/aufbewahrung/regeln/ZUWEISUNG", Map.of("jahre", 7))
                .header("If-Match", "\"" + geaendert.get("version") + "\"").bearerAuth(ki))).isEqualTo(403);

        Map<String, Object> probe = client.retrieve(HttpRequest.POST("/api/aufbewahrung/pruefung?stichtag=2025-01-01",
                "").bearerAuth(ki), JSON);
        assertThat(probe.get("ausgefuehrt")).isEqualTo(false);
        assertThat((List<Map<String, Object>>) probe.get("faellig")).extracting(x -> x.get("id"))
                .contains(id.toString());
        assertThat(probe.toString()).doesNotContain("Yonas");

        for (String token : List.of(traeger, gremium)) {
            assertThat(status(HttpRequest.POST("/api/aufbewahrung/anonymisierung?stichtag=2025-01-01", "")
                    .bearerAuth(token))).isEqualTo(403);
            assertThat(status(HttpRequest.POST("/api/aufbewahrung/pruefung", "").bearerAuth(token))).isEqualTo(403);
        }
        Map<String, Object> lauf = client.retrieve(HttpRequest.POST(
                "/api/aufbewahrung/anonymisierung?stichtag=2025-01-01", "").bearerAuth(admin), JSON);
        assertThat(lauf.get("ausgefuehrt")).isEqualTo(true);
        assertThat((Map<String, Object>) lauf.get("anzahl")).containsEntry("TEILNEHMER", 1);
        Map<String, Object> akte = client.retrieve(HttpRequest.GET("/api/teilnehmer/" + id).bearerAuth(ki), JSON);
        assertThat(((Map<String, Object>) akte.get("teilnehmer")).get("nachname")).isEqualTo("anonymisiert");
    }

    private int status(MutableHttpRequest<?> anfrage) {
        HttpClientResponseException e = catchThrowableOfType(() -> client.exchange(anfrage, JSON),
                HttpClientResponseException.class);
        return e == null ? 200 : e.getStatus().getCode();
    }
}
