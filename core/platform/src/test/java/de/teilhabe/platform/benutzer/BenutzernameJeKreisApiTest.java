package de.teilhabe.platform.benutzer;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.kreis.ErsterAdmin;
import de.teilhabe.platform.kreis.OnboardingAntrag;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
 * Account names are unique per Kreis, and nothing about another Kreis's accounts leaks: Coesfeld's admin creating the
 * name an account of the Rhein-Kreis Neuss has was told „already taken“. Now both exist, each signs in with its Kreis,
 * and without a Kreis the name is refused like a wrong password.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenutzernameJeKreisApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String PASSWORT = "je-kreis-passwort-7";

    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String betreiber;
    String rkn;
    String coe;

    @BeforeAll
    void kreise() {
        client = http.toBlocking();
        betreiber = token("betrieb", TestKreise.BETREIBER_PASSWORT, null);
        rkn = TestKreise.slug("rkn");
        coe = TestKreise.slug("coe");
        for (String slug : List.of(rkn, coe)) {
            assertThat(client.exchange(HttpRequest.POST("/api/betrieb/kreise", TestKreise.rknAntrag(slug))
                    .bearerAuth(betreiber), Map.class).code()).isEqualTo(201);
        }
    }

    @Test
    void coesfeldLegtDenNamenAnDenNeussHatUndBeideMeldenSichMitIhremKreisAn() {
        String name = "cm-" + rkn.substring(rkn.lastIndexOf('-') + 1);
        assertThat(anlegen(rkn, name).code()).isEqualTo(201);
        HttpResponse<Map<String, Object>> zweites = anlegen(coe, name);
        assertThat(zweites.code()).isEqualTo(201);

        assertThat(anmelden(name, PASSWORT, rkn).get("kreis")).isEqualTo(rkn);
        assertThat(anmelden(name, PASSWORT, coe).get("kreis")).isEqualTo(coe);

        Map<String, Object> ohneKreis = problem(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", name, "passwort", PASSWORT)));
        Map<String, Object> falschesPasswort = problem(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", name, "passwort", "falsch-falsch", "kreis", rkn)));
        assertThat(ohneKreis).containsEntry("status", 401).containsEntry("code", "anmeldung.fehlgeschlagen")
                .containsEntry("detail", falschesPasswort.get("detail"));
        assertThat(ohneKreis.toString()).doesNotContain(rkn).doesNotContain(coe);
    }

    @Test
    void einNameEinesKreisesReichtOhneKreisSolangeErEinzigIst() {
        String name = "einzig-" + coe.substring(coe.lastIndexOf('-') + 1);
        assertThat(anlegen(coe, name).code()).isEqualTo(201);
        assertThat(token(name, PASSWORT, null)).isNotBlank();
    }

    @Test
    void derselbeNameZweimalImKreisIstEinKonflikt() {
        String name = "doppelt-" + coe.substring(coe.lastIndexOf('-') + 1);
        assertThat(anlegen(coe, name).code()).isEqualTo(201);
        Map<String, Object> problem = problem(HttpRequest.POST("/api/benutzer", daten(name.toUpperCase()))
                .bearerAuth(admin(coe)));
        assertThat(problem).containsEntry("status", 409).containsEntry("code", "benutzername.vergeben")
                // the existing message, with the name the client sent left out as every answer does
                .containsEntry("detail", "Benutzername: Der Benutzername „…“ ist bereits vergeben.");
    }

    @Test
    void derNameDesBetriebsIstVorbehalten() {
        Map<String, Object> problem = problem(HttpRequest.POST("/api/benutzer", daten("betrieb")).bearerAuth(admin(coe)));
        assertThat(problem).containsEntry("status", 409).containsEntry("code", "benutzername.vergeben");
    }

    @Test
    void derErsteAdminEinesNeuenKreisesDarfEinenNamenEinesAnderenKreisesTragen() {
        String neu = TestKreise.slug("steinf");
        OnboardingAntrag vorlage = TestKreise.rknAntrag(neu);
        OnboardingAntrag antrag = new OnboardingAntrag(neu, vorlage.name(), vorlage.kommunen(),
                new ErsterAdmin(rkn + ".admin", "Admin", TestKreise.ADMIN_PASSWORT));
        assertThat(client.exchange(HttpRequest.POST("/api/betrieb/kreise", antrag).bearerAuth(betreiber), Map.class)
                .code()).isEqualTo(201);
        assertThat(anmelden(rkn + ".admin", TestKreise.ADMIN_PASSWORT, neu).get("kreis")).isEqualTo(neu);
        assertThat(anmelden(rkn + ".admin", TestKreise.ADMIN_PASSWORT, rkn).get("kreis")).isEqualTo(rkn);
    }

    private HttpResponse<Map<String, Object>> anlegen(String kreis, String name) {
        return client.exchange(HttpRequest.POST("/api/benutzer", daten(name)).bearerAuth(admin(kreis)), JSON);
    }

    private static Map<String, Object> daten(String name) {
        return Map.of("benutzername", name, "anzeigename", "Case-Management", "rollen", List.of("CASE_MANAGEMENT"),
                "aktiv", true, "passwort", PASSWORT);
    }

    private String admin(String kreis) {
        return token(kreis + ".admin", TestKreise.ADMIN_PASSWORT, kreis);
    }

    private Map<String, Object> anmelden(String name, String passwort, String kreis) {
        Map<String, Object> zugang = new HashMap<>(Map.of("benutzername", name, "passwort", passwort));
        if (kreis != null) {
            zugang.put("kreis", kreis);
        }
        return client.retrieve(HttpRequest.POST("/api/anmeldung", zugang), JSON);
    }

    private String token(String name, String passwort, String kreis) {
        return (String) anmelden(name, passwort, kreis).get("accessToken");
    }

    private Map<String, Object> problem(HttpRequest<?> anfrage) {
        try {
            client.exchange(anfrage, Map.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(JSON).orElseThrow();
        }
        throw new AssertionError("refusal expected");
    }
}
