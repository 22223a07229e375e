package de.teilhabe.platform.kreis;

import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attack over real HTTP: the operator's {@code GET /api/betrieb/kreise/{slug}/export} without a grant is refused
 * with problem details and no archive; the Kreis admin's {@code POST /api/kreis/export-freigabe} opens exactly one
 * download; a case manager cannot grant, another Kreis's admin grants only for the own Kreis; the Kreis admin reads
 * grant and export in {@code GET /api/audit}.
 */
@MicronautTest(transactional = false)
class ExportfreigabeApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(JSON);
    static final String FREIGABE = "/api/kreis/export-freigabe";

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Test
    void betreiberExportiertNurMitFreigabeUndNurEinmal() {
        BlockingHttpClient client = http.toBlocking();
        Datenbank db = new Datenbank(ctx);
        String betreiber = ApiKonten.token(client, "betrieb", TestKreise.BETREIBER_PASSWORT);
        String rkn = TestKreise.slug("rkn-api");
        String coe = TestKreise.slug("coe-api");
        TestKreise.onboarden(ctx, rkn);
        TestKreise.onboarden(ctx, coe);
        String rknAdmin = ApiKonten.token(client, rkn + ".admin", TestKreise.ADMIN_PASSWORT);
        String coeAdmin = ApiKonten.token(client, coe + ".admin", TestKreise.ADMIN_PASSWORT);
        String caseManager = ApiKonten.konto(ctx, client, TestKreise.admin(ctx, rkn), "cm", Rolle.CASE_MANAGEMENT);
        String export = "/api/betrieb/kreise/" + rkn + "/export";

        Problem ohne = problem(client, HttpRequest.GET(export).bearerAuth(betreiber));
        assertThat(ohne.status()).isEqualTo(403);
        assertThat(ohne.code()).isEqualTo("exportfreigabe.fehlt");
        assertThat((String) ohne.detail()).contains("Kreis-Administration muss");
        Problem englisch = problem(client, HttpRequest.GET(export).bearerAuth(betreiber).header("Accept-Language", "en"));
        assertThat((String) englisch.detail()).contains("administration must first grant");

        // a case manager may not grant; the other Kreis's admin grants for the own Kreis only
        assertThat(problem(client, HttpRequest.POST(FREIGABE, Map.of("zweck", "Bitte")).bearerAuth(caseManager))
                .status()).isEqualTo(403);
        assertThat(client.exchange(HttpRequest.POST(FREIGABE, Map.of("zweck", "Eigener Umzug")).bearerAuth(coeAdmin),
                JSON).code()).isEqualTo(201);
        assertThat(problem(client, HttpRequest.GET(export).bearerAuth(betreiber)).code())
                .isEqualTo("exportfreigabe.fehlt");
        // the operator cannot grant either
        assertThat(problem(client, HttpRequest.POST(FREIGABE, Map.of("zweck", "Selbst")).bearerAuth(betreiber))
                .status()).isEqualTo(403);
        assertThat(db.anzahl("select count(*) from platform.audit_log where aktion = 'EXPORT' and objekt_id = '"
                + rkn + "'")).isZero();

        Problem leer = problem(client, HttpRequest.POST(FREIGABE, Map.of("zweck", " ")).bearerAuth(rknAdmin));
        assertThat(leer.status()).isEqualTo(400);
        assertThat(leer.feld()).containsEntry("field", "zweck");

        HttpResponse<Map<String, Object>> erteilt = client.exchange(HttpRequest.POST(FREIGABE,
                Map.of("zweck", "Übergabe an den neuen Dienstleister")).bearerAuth(rknAdmin), JSON);
        assertThat(erteilt.code()).isEqualTo(201);
        assertThat(erteilt.body()).containsEntry("status", "OFFEN").containsEntry("erteiltVon", rkn + ".admin");
        assertThat(problem(client, HttpRequest.POST(FREIGABE, Map.of("zweck", "Noch einmal")).bearerAuth(rknAdmin))
                .status()).isEqualTo(409);
        List<Map<String, Object>> kreise = client.retrieve(HttpRequest.GET("/api/betrieb/kreise").bearerAuth(betreiber),
                LISTE);
        assertThat(kreise).filteredOn(k -> rkn.equals(k.get("slug"))).singleElement()
                .satisfies(k -> assertThat(k.get("exportFreigegebenBis")).isEqualTo(erteilt.body().get("gueltigBis")));

        HttpResponse<byte[]> zip = client.exchange(HttpRequest.GET(export).bearerAuth(betreiber), byte[].class);
        assertThat(zip.code()).isEqualTo(200);
        assertThat(zip.body()).startsWith('P', 'K');
        assertThat(problem(client, HttpRequest.GET(export).bearerAuth(betreiber)).code())
                .isEqualTo("exportfreigabe.fehlt");

        List<Map<String, Object>> liste = client.retrieve(HttpRequest.GET(FREIGABE).bearerAuth(rknAdmin), LISTE);
        assertThat(liste).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("status", "EINGELOEST").containsEntry("eingeloestVon", "betrieb");
            assertThat(((Number) f.get("bytes")).longValue()).isEqualTo(zip.body().length);
        });
        List<Map<String, Object>> protokoll = client.retrieve(HttpRequest.GET("/api/audit?limit=5").bearerAuth(rknAdmin),
                LISTE);
        assertThat(protokoll).extracting(e -> e.get("aktion") + " " + e.get("benutzer"))
                .startsWith("EXPORT betrieb", "EXPORT_FREIGEGEBEN " + rkn + ".admin");
        assertThat((String) protokoll.get(0).get("aenderung")).contains("Übergabe an den neuen Dienstleister",
                "\"bytes\":" + zip.body().length);

        // withdrawing: nothing open any more, then a new grant withdrawn before use
        assertThat(problem(client, HttpRequest.DELETE(FREIGABE).bearerAuth(rknAdmin)).status()).isEqualTo(404);
        client.exchange(HttpRequest.POST(FREIGABE, Map.of("zweck", "Versehen")).bearerAuth(rknAdmin), JSON);
        assertThat(client.retrieve(HttpRequest.DELETE(FREIGABE).bearerAuth(rknAdmin), JSON))
                .containsEntry("status", "WIDERRUFEN");
        assertThat(problem(client, HttpRequest.GET(export).bearerAuth(betreiber)).code())
                .isEqualTo("exportfreigabe.fehlt");
    }
}
