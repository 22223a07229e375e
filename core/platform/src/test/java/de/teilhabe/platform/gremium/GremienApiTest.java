package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Gremien API over real HTTP: roles, problem details with fields, If-Match, the structure and the thread. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GremienApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String slug;
    String ki;
    String leser;
    String cm;

    @BeforeAll
    void kreisUndKonten() {
        client = http.toBlocking();
        slug = TestKreise.slug("gapi");
        TestKreise.onboarden(ctx, slug);
        String admin = token(slug + ".admin", TestKreise.ADMIN_PASSWORT);
        ki = konto(admin, "ki", "KI_KOORDINATION");
        leser = konto(admin, "gremium", "GREMIUM_LESERECHT");
        cm = konto(admin, "cm", "CASE_MANAGEMENT");
    }

    @Test
    void strukturMitMitgliedernOhneKontaktdatenFuerLeser() {
        Map<String, Object> lg = anlegen("Lenkungsgruppe", null, "LENKUNGSGRUPPE");
        Map<String, Object> ag = anlegen("Arbeitsgruppe Strukturebene", lg.get("id"), "ARBEITSGRUPPE");
        Map<String, Object> person = client.retrieve(post("/api/gremien/personen",
                Map.of("name", "Dirk Brügge", "email", "kreisdirektor@example.org"), ki), JSON);
        HttpResponse<Map> m = client.exchange(post("/api/gremien/" + lg.get("id") + "/mitgliedschaften", Map.of(
                "personId", person.get("id"), "rolle", "VORSITZ", "funktion", "Kreisdirektor",
                "organisation", "Rhein-Kreis Neuss", "organisationsart", "KREISVERWALTUNG", "von", "2021-03-17"), ki),
                Map.class);
        assertThat(m.code()).isEqualTo(201);

        Map<String, Object> struktur = client.retrieve(get("/api/gremien/struktur?programm=kim&stichtag=2021-06-01",
                leser), JSON);
        List<Map<String, Object>> wurzeln = (List<Map<String, Object>>) struktur.get("wurzeln");
        assertThat(wurzeln).extracting(w -> w.get("name")).contains("Lenkungsgruppe");
        Map<String, Object> wurzel = wurzeln.stream().filter(w -> w.get("id").equals(lg.get("id"))).findFirst()
                .orElseThrow();
        assertThat((List<Map<String, Object>>) wurzel.get("untergremien")).extracting(u -> u.get("id"))
                .containsExactly(ag.get("id"));
        assertThat((List<Map<String, Object>>) wurzel.get("mitglieder")).singleElement().satisfies(x -> {
            assertThat(x.get("person")).isEqualTo("Dirk Brügge");
            assertThat(x.get("rolle")).isEqualTo("VORSITZ");
            assertThat(x.get("von")).isEqualTo("2021-03-17");
        });
        assertThat(client.retrieve(get("/api/gremien/struktur?programm=kim", leser), String.class))
                .doesNotContain("kreisdirektor@example.org");
        assertThat(fehler(get("/api/gremien/personen", leser)).getResponse().code()).isEqualTo(403);
        assertThat(fehler(get("/api/gremien/personen", cm)).getResponse().code()).isEqualTo(403);
        // a well-formed Gremium: its input's shape is checked before the service asks for the right
        assertThat(fehler(post("/api/gremien", Map.of("name", "X", "typ", "ARBEITSGRUPPE", "konstituiertAm",
                "2021-03-17"), leser)).getResponse().code()).isEqualTo(403);
    }

    @Test
    void zyklusUndVeralteteVersionAlsProblemDetails() {
        Map<String, Object> lg = anlegen("Lenkungsgruppe Zyklus", null, "LENKUNGSGRUPPE");
        Map<String, Object> ag = anlegen("AG Zyklus", lg.get("id"), "ARBEITSGRUPPE");
        Map<String, Object> daten = gremium("Lenkungsgruppe Zyklus", ag.get("id"), "LENKUNGSGRUPPE");

        HttpClientResponseException e = fehler(put("/api/gremien/" + lg.get("id"), daten, ki, lg.get("version"))
                .header("Accept-Language", "en"));
        assertThat(e.getResponse().code()).isEqualTo(400);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
        assertThat((List<Map>) problem.get("errors")).singleElement().satisfies(f -> {
            assertThat(f.get("field")).isEqualTo("uebergeordnetId");
            assertThat(f.get("code")).isEqualTo("gremium.zyklus");
            assertThat(f.get("message")).isEqualTo("A committee cannot be placed below itself: "
                    + "Lenkungsgruppe Zyklus → AG Zyklus → Lenkungsgruppe Zyklus.");
        });

        Map<String, Object> ohneOben = gremium("Lenkungsgruppe KIM Zyklus", null, "LENKUNGSGRUPPE");
        Map<String, Object> neu = client.retrieve(put("/api/gremien/" + lg.get("id"), ohneOben, ki, lg.get("version")),
                JSON);
        assertThat(neu.get("version")).isEqualTo(1);
        HttpClientResponseException veraltet = fehler(put("/api/gremien/" + lg.get("id"), daten, ki,
                lg.get("version")));
        assertThat(veraltet.getResponse().code()).isEqualTo(412);
        assertThat(veraltet.getResponse().getBody(JSON).orElseThrow().get("code")).isEqualTo("konflikt.veraltet");
        HttpClientResponseException kaputt = fehler(put("/api/gremien/" + lg.get("id"), daten, ki, "abc"));
        assertThat(kaputt.getResponse().code()).isEqualTo(400);
        assertThat((List<Map>) kaputt.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field")).containsExactly("If-Match");
    }

    @Test
    void sitzungBeschlussAuftragUndVerlauf() {
        Map<String, Object> lg = anlegen("Lenkungsgruppe Verlauf", null, "LENKUNGSGRUPPE");
        Map<String, Object> fall = anlegen("AG Fallebene Verlauf", lg.get("id"), "ARBEITSGRUPPE");
        HttpClientResponseException zuFrueh = fehler(post("/api/gremien/" + lg.get("id") + "/sitzungen",
                Map.of("datum", "2021-03-01"), ki));
        assertThat(zuFrueh.getResponse().code()).isEqualTo(400);
        assertThat((List<Map>) zuFrueh.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field"), f -> f.get("code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datum", "gremium.sitzung.vor.konstituierung"));

        Map<String, Object> anliegen = client.retrieve(post("/api/gremien/anliegen", Map.of("titel",
                "Versorgungslücke Kinderbetreuung", "art", "VERSORGUNGSLUECKE", "herkunftGremiumId", fall.get("id"),
                "gemeldetAm", "2021-04-20"), cm), JSON);
        Map<String, Object> sitzung = (Map<String, Object>) client.retrieve(post("/api/gremien/" + lg.get("id")
                + "/sitzungen", Map.of("datum", "2021-10-06", "titel", "2. Sitzung"), ki), JSON).get("sitzung");
        Map<String, Object> beschluss = client.retrieve(post("/api/gremien/sitzungen/" + sitzung.get("id")
                + "/beschluesse", Map.of("text", "Kurs mit Kinderbetreuung einrichten", "anliegenId",
                anliegen.get("id")), ki), JSON);
        HttpClientResponseException ohne = fehler(post("/api/gremien/sitzungen/" + sitzung.get("id") + "/auftraege",
                Map.of("text", "Träger gewinnen"), ki));
        assertThat((List<Map>) ohne.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field")).containsExactly("faelligAm");
        HttpClientResponseException niemand = fehler(post("/api/gremien/sitzungen/" + sitzung.get("id")
                + "/auftraege", Map.of("text", "Träger gewinnen", "faelligAm", "2021-12-31"), ki));
        assertThat((List<Map>) niemand.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field")).containsExactly("zustaendig");
        HttpResponse<Map> auftrag = client.exchange(post("/api/gremien/sitzungen/" + sitzung.get("id") + "/auftraege",
                Map.of("text", "Träger gewinnen", "beschlussId", beschluss.get("id"), "zustaendigGremiumId",
                        fall.get("id"), "faelligAm", "2021-12-31"), ki), Map.class);
        assertThat(auftrag.code()).isEqualTo(201);

        List<Map> ueberfaellig = client.retrieve(get("/api/gremien/auftraege?ueberfaellig=true&stichtag=2022-01-15",
                leser), Argument.listOf(Map.class));
        assertThat(ueberfaellig).extracting(a -> a.get("text")).contains("Träger gewinnen");
        Map<String, Object> verlauf = client.retrieve(get("/api/gremien/anliegen/" + anliegen.get("id") + "/verlauf",
                cm), JSON);
        assertThat(verlauf.get("status")).isEqualTo("ENTSCHIEDEN");
        assertThat(verlauf.get("herkunftGremium")).isEqualTo("AG Fallebene Verlauf");
        assertThat((List<Map>) verlauf.get("beschluesse")).singleElement().satisfies(b ->
                assertThat((List<Map>) b.get("auftraege")).extracting(a -> a.get("zustaendig"))
                        .containsExactly("AG Fallebene Verlauf"));
        assertThat(client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class))
                .contains("/api/gremien/struktur").contains("/api/gremien/anliegen/{id}/verlauf");
    }

    @Test
    void ausVorlagenUndNichtsAusFremdenKreisen() {
        Map<String, Object> antrag = Map.of("konstituiertAm", "2020-01-01", "vorlagen", List.of(
                Map.of("schluessel", "durchstarten.buendniskerngruppe", "name", "Bündniskerngruppe",
                        "typ", "BUENDNISKERNGRUPPE", "ebene", "STEUERUNG", "programme", List.of("durchstarten"),
                        "aufgaben", List.of("Bedarfe zusammenführen"), "rhythmus", Map.of("nachBedarf", true),
                        "sitze", List.of(Map.of("rolle", "VORSITZ", "funktion", "Kreisdirektor/in", "jeKommune", false,
                                        "nachThema", false),
                                Map.of("rolle", "MITGLIED", "funktion", "Vertretung der Kommune", "jeKommune", true,
                                        "nachThema", false))),
                Map.of("schluessel", "durchstarten.ag-massnahmentraeger", "name", "Arbeitsgruppe Maßnahmenträger",
                        "typ", "ARBEITSGRUPPE", "programme", List.of("durchstarten"), "aufgaben", List.of(),
                        "uebergeordnet", "durchstarten.buendniskerngruppe", "rhythmus", Map.of("nachBedarf", false),
                        "sitze", List.of())));
        List<Map> angelegt = client.retrieve(post("/api/gremien/aus-vorlagen", antrag, ki), Argument.listOf(Map.class));
        assertThat(angelegt).extracting(g -> g.get("name"))
                .containsExactly("Bündniskerngruppe", "Arbeitsgruppe Maßnahmenträger");
        assertThat(angelegt.get(1).get("uebergeordnetId")).isEqualTo(angelegt.get(0).get("id"));
        Map<String, Object> kern = client.retrieve(get("/api/gremien/" + angelegt.get(0).get("id"), leser), JSON);
        assertThat((List<Map>) kern.get("sitze")).hasSize(1 + 8);
        assertThat(client.retrieve(post("/api/gremien/aus-vorlagen", antrag, ki), Argument.listOf(Map.class)))
                .extracting(g -> g.get("id")).containsExactly(angelegt.get(0).get("id"), angelegt.get(1).get("id"));

        String anderer = TestKreise.slug("gapi-b");
        TestKreise.onboarden(ctx, anderer);
        String fremd = token(anderer + ".admin", TestKreise.ADMIN_PASSWORT);
        assertThat(fehler(get("/api/gremien/" + angelegt.get(0).get("id"), fremd)).getResponse().code())
                .isEqualTo(404);
        assertThat(client.retrieve(get("/api/gremien", fremd), Argument.listOf(Map.class))).isEmpty();
    }

    private Map<String, Object> anlegen(String name, Object oben, String typ) {
        HttpResponse<Map> r = client.exchange(post("/api/gremien", gremium(name, oben, typ), ki), Map.class);
        assertThat(r.code()).isEqualTo(201);
        return r.body();
    }

    private static Map<String, Object> gremium(String name, Object oben, String typ) {
        Map<String, Object> daten = new HashMap<>(Map.of("name", name, "typ", typ, "programme", List.of("kim"),
                "konstituiertAm", "2021-03-17", "rhythmus", Map.of("sitzungenProJahr", 2, "nachBedarf", true,
                        "beschreibung", "ca. zweimal im Jahr sowie nach Bedarf")));
        if (oben != null) {
            daten.put("uebergeordnetId", oben);
        }
        return daten;
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
                () -> client.exchange(anfrage, Map.class));
    }

    private static MutableHttpRequest<?> get(String pfad, String token) {
        return HttpRequest.GET(pfad).bearerAuth(token);
    }

    private static MutableHttpRequest<?> post(String pfad, Object body, String token) {
        return HttpRequest.POST(pfad, body).bearerAuth(token);
    }

    private static MutableHttpRequest<?> put(String pfad, Object body, String token, Object version) {
        return HttpRequest.PUT(pfad, body).bearerAuth(token).header("If-Match", "\"" + version + "\"");
    }
}
