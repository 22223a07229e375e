package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Member list and minutes as PDF and XLSX downloads over real HTTP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GremienExportApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String slug;
    String ki;
    String leser;
    String traeger;
    Object gremiumId;
    Object sitzungId;

    @BeforeAll
    void gremiumMitSitzung() {
        client = http.toBlocking();
        slug = TestKreise.slug("gexp");
        TestKreise.onboarden(ctx, slug);
        String admin = token(slug + ".admin", TestKreise.ADMIN_PASSWORT);
        ki = konto(admin, "ki", "KI_KOORDINATION");
        leser = konto(admin, "gremium", "GREMIUM_LESERECHT");
        traeger = konto(admin, "traeger", "MASSNAHMETRAEGER");

        Map<String, Object> lg = client.retrieve(post("/api/gremien", Map.of("name", "Lenkungsgruppe",
                "typ", "LENKUNGSGRUPPE", "programme", List.of("kim"), "konstituiertAm", "2021-03-17",
                "rhythmus", Map.of("nachBedarf", true)), ki), JSON);
        gremiumId = lg.get("id");
        Map<String, Object> person = client.retrieve(post("/api/gremien/personen", Map.of("name", "Dirk Brügge"), ki),
                JSON);
        client.exchange(post("/api/gremien/" + gremiumId + "/mitgliedschaften", Map.of("personId", person.get("id"),
                "rolle", "VORSITZ", "funktion", "Kreisdirektor", "organisation", "Rhein-Kreis Neuss",
                "organisationsart", "KREISVERWALTUNG", "von", "2021-03-17"), ki), Map.class);
        Map<String, Object> sitzung = (Map<String, Object>) client.retrieve(post("/api/gremien/" + gremiumId
                + "/sitzungen", Map.of("datum", "2021-03-17", "titel", "Konstituierende Sitzung",
                "protokoll", "Die Geschäftsführung berichtet."), ki), JSON).get("sitzung");
        sitzungId = sitzung.get("id");
        client.exchange(post("/api/gremien/sitzungen/" + sitzungId + "/beschluesse",
                Map.of("text", "Die Geschäftsordnung wird beschlossen."), ki), Map.class);
    }

    @Test
    void mitgliederlisteAlsXlsx() throws Exception {
        HttpResponse<byte[]> r = client.exchange(get("/api/gremien/" + gremiumId
                + "/mitgliederliste?format=xlsx&stichtag=2021-06-01", leser), byte[].class);

        assertThat(r.code()).isEqualTo(200);
        assertThat(r.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo(XLSX));
        assertThat(r.header("Content-Disposition"))
                .startsWith("attachment; filename=\"Mitgliederliste_Lenkungsgruppe.xlsx\"");
        try (XSSFWorkbook mappe = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            List<String> zellen = new ArrayList<>();
            for (Row zeile : mappe.getSheetAt(0)) {
                zeile.forEach(c -> zellen.add(c.getStringCellValue()));
            }
            assertThat(zellen).startsWith("Mitgliederliste: Lenkungsgruppe")
                    .contains("Stand: 01.06.2021", "Name", "Dirk Brügge", "Kreisdirektor", "Rhein-Kreis Neuss");
        }

        HttpResponse<byte[]> englisch = client.exchange(get("/api/gremien/" + gremiumId
                + "/mitgliederliste?format=xlsx&stichtag=2021-06-01&sprache=en", leser), byte[].class);
        try (XSSFWorkbook mappe = new XSSFWorkbook(new ByteArrayInputStream(englisch.body()))) {
            assertThat(mappe.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Member list: Lenkungsgruppe");
        }
    }

    @Test
    void protokollAlsPdfMitBeschluss() throws Exception {
        HttpResponse<byte[]> r = client.exchange(get("/api/gremien/sitzungen/" + sitzungId + "/protokoll?format=pdf",
                ki), byte[].class);

        assertThat(r.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/pdf"));
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"Protokoll_Lenkungsgruppe-"
                + "Konstituierende_Sitzung_am_17.03.2021.pdf\"");
        PdfReader pdf = new PdfReader(r.body());
        StringBuilder text = new StringBuilder();
        for (int seite = 1; seite <= pdf.getNumberOfPages(); seite++) {
            text.append(new PdfTextExtractor(pdf).getTextFromPage(seite)).append('\n');
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains(
                "Protokoll: Lenkungsgruppe – Konstituierende Sitzung am 17.03.2021",
                "Die Geschäftsordnung wird beschlossen.", "Die Geschäftsführung berichtet.", "TOP Thema Ergebnis");

        HttpResponse<byte[]> englisch = client.exchange(get("/api/gremien/sitzungen/" + sitzungId
                + "/protokoll?format=PDF", ki).header("Accept-Language", "en"), byte[].class);
        assertThat(new PdfTextExtractor(new PdfReader(englisch.body())).getTextFromPage(1))
                .contains("Minutes: Lenkungsgruppe").contains("Decisions");
        HttpResponse<byte[]> fuerLeser = client.exchange(get("/api/gremien/sitzungen/" + sitzungId
                + "/protokoll?format=pdf&sprache=de", leser), byte[].class);
        assertThat(new PdfTextExtractor(new PdfReader(fuerLeser.body())).getTextFromPage(1))
                .contains("Die Geschäftsordnung wird beschlossen.")
                .doesNotContain("Die Geschäftsführung berichtet.");
    }

    @Test
    void massnahmetraegerUndUnbekanntesFormatAbgewiesen() {
        assertThat(fehler(get("/api/gremien/" + gremiumId + "/mitgliederliste?format=xlsx", traeger))
                .getResponse().code()).isEqualTo(403);
        assertThat(fehler(get("/api/gremien/sitzungen/" + sitzungId + "/protokoll?format=pdf", traeger))
                .getResponse().code()).isEqualTo(403);

        HttpClientResponseException doc = fehler(get("/api/gremien/" + gremiumId + "/mitgliederliste?format=doc",
                leser));
        assertThat(doc.getResponse().code()).isEqualTo(400);
        assertThat((List<Map>) doc.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field"), f -> f.get("code"))
                .containsExactly(tuple("format", "export.format.unbekannt"));
        HttpClientResponseException ohne = fehler(get("/api/gremien/sitzungen/" + sitzungId + "/protokoll", ki));
        assertThat((List<Map>) ohne.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field"), f -> f.get("code")).containsExactly(tuple("format", "pflichtfeld"));
        HttpClientResponseException sprache = fehler(get("/api/gremien/sitzungen/" + sitzungId
                + "/protokoll?format=pdf&sprache=fr", ki));
        assertThat((List<Map>) sprache.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field")).containsExactly("sprache");
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/gremien/{id}/mitgliederliste").contains("/api/gremien/sitzungen/{id}/protokoll");
    }

    private String konto(String admin, String kurz, String rolle) {
        String name = slug + "." + kurz;
        client.exchange(post("/api/benutzer", Map.of("benutzername", name, "anzeigename", "Test " + kurz,
                "rollen", List.of(rolle), "aktiv", true, "passwort", "gremium-test-passwort"), admin), Map.class);
        return token(name, "gremium-test-passwort");
    }

    private String token(String benutzer, String passwort) {
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung",
                Map.of("benutzername", benutzer, "passwort", passwort)), JSON).get("accessToken");
    }

    private HttpClientResponseException fehler(HttpRequest<?> anfrage) {
        return (HttpClientResponseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> client.exchange(anfrage, byte[].class));
    }

    private static MutableHttpRequest<?> get(String pfad, String token) {
        return HttpRequest.GET(pfad).bearerAuth(token);
    }

    private static MutableHttpRequest<?> post(String pfad, Object body, String token) {
        return HttpRequest.POST(pfad, body).bearerAuth(token);
    }
}
