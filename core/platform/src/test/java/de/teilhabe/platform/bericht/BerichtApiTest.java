package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report API over real HTTP with the RKN facts of 31.03.2021: who may read (KI, Kreis-Admin, Case-Management,
 * Gremium; not a provider), exact numbers for staff, small counts suppressed for committee readers without a
 * suppressed cell being recomputable from its row or column, problem details for bad input.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BerichtApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final String AUFNAHME = "/api/berichte/aufnahme?programm=gemeinsam-klappts&stichtag=2021-03-31";
    static final String ZUWEISUNGEN = "/api/berichte/zuweisungen?programm=gemeinsam-klappts&stichtag=2021-03-31";
    static final List<String> AUFNAHME_SPALTEN = List.of("duldung", "gestattung", "aufenthaltstitel", "sonstige",
            "gesamt", "abgemeldet", "aktiv", "ausnahmen");
    static final List<String> ZUWEISUNG_SPALTEN = List.of("zugewiesen", "laufend", "abgeschlossen", "abbruch");

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    final Map<Rolle, String> token = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "bericht-api", DURCHSTARTEN, GEMEINSAM_KLAPPTS);
        ctx.getBean(RknMassnahmen.class).anlegen(RknStichtagTest.rolle(admin, Rolle.KI_KOORDINATION));
        ctx.getBean(RknStichtag31032021.class).anlegen(admin.kreisSlug(), admin.kreisSlug() + ".cm");
        ctx.getBean(de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo.class).rkn(admin.kreisSlug());
        token.put(Rolle.KREIS_ADMIN, ApiKonten.token(client, admin.kreisSlug() + ".admin", TestKreise.ADMIN_PASSWORT));
        for (Rolle r : List.of(Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT,
                Rolle.MASSNAHMETRAEGER)) {
            token.put(r, ApiKonten.konto(ctx, client, admin, r.name().toLowerCase(), r));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void mitarbeitendeSehenGenaueZahlen() {
        for (Rolle r : List.of(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT)) {
            Map<String, Object> a = client.retrieve(HttpRequest.GET(AUFNAHME).bearerAuth(token.get(r)), JSON);
            assertThat((Map<String, Object>) a.get("summe")).as(r.name()).containsEntry("duldung", 122)
                    .containsEntry("gestattung", 80).containsEntry("aufenthaltstitel", 2).containsEntry("gesamt", 204)
                    .containsEntry("abgemeldet", 19).containsEntry("aktiv", 185).containsEntry("ausnahmen", 2);
            assertThat((List<Map<String, Object>>) a.get("zeilen")).hasSize(8).first()
                    .satisfies(d -> assertThat(d).containsEntry("kommune", "Dormagen").containsEntry("gesamt", 35));
            Map<String, Object> z = client.retrieve(HttpRequest.GET(ZUWEISUNGEN).bearerAuth(token.get(r)), JSON);
            assertThat(z).containsEntry("personen", 109);
            assertThat((Map<String, Object>) z.get("summe")).containsEntry("zugewiesen", 109)
                    .containsEntry("abbruch", 11);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gremiumSiehtKleineZahlenNicht() {
        Map<String, Object> a = client.retrieve(HttpRequest.GET(AUFNAHME).bearerAuth(token.get(Rolle.GREMIUM_LESERECHT)),
                JSON);
        List<Map<String, Object>> zeilen = (List<Map<String, Object>>) a.get("zeilen");
        Map<String, Object> juechen = zeilen.get(2);
        assertThat(juechen).containsEntry("kommune", "Jüchen");
        assertThat(juechen.get("aufenthaltstitel")).as("1 person with an Aufenthaltstitel").isNull();
        assertThat(juechen.get("ausnahmen")).isNull();
        assertThat(zeilen.get(3)).containsEntry("kommune", "Kaarst");
        assertThat(zeilen.get(3).get("gestattung")).as("2 people with Gestattung in Kaarst").isNull();
        assertThat(zeilen.get(0)).as("Dormagen: nothing small").containsEntry("duldung", 14)
                .containsEntry("gestattung", 21).containsEntry("aufenthaltstitel", 0);
        assertThat((Map<String, Object>) a.get("summe")).containsEntry("gesamt", 204).containsEntry("aktiv", 185);
        keineZelleRekonstruierbar(zeilen, (Map<String, Object>) a.get("summe"), AUFNAHME_SPALTEN,
                List.of(List.of("duldung", "gestattung", "aufenthaltstitel", "sonstige", "gesamt"),
                        List.of("abgemeldet", "aktiv", "gesamt")));

        Map<String, Object> z = client.retrieve(HttpRequest.GET(ZUWEISUNGEN)
                .bearerAuth(token.get(Rolle.GREMIUM_LESERECHT)), JSON);
        List<Map<String, Object>> zz = (List<Map<String, Object>>) z.get("zeilen");
        assertThat(zz).filteredOn(r -> "Caritas Sozialdienste Rhein-Kreis Neuss GmbH".equals(r.get("traeger")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c).containsEntry("zugewiesen", 19);
                    assertThat(c.get("abbruch")).as("2 drop-outs").isNull();
                    assertThat(c.get("laufend")).as("else 19 − 2 would give them away").isNull();
                });
        assertThat(zz).filteredOn(r -> "Technologiezentrum Glehn GmbH".equals(r.get("traeger"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("zugewiesen", 42).containsEntry("abbruch", 5));
        assertThat(z).containsEntry("personen", 109);
        keineZelleRekonstruierbar(zz, (Map<String, Object>) z.get("summe"), ZUWEISUNG_SPALTEN,
                List.of(List.of("laufend", "abgeschlossen", "abbruch", "zugewiesen")));
    }

    @Test
    void massnahmetraegerBekommt403() {
        for (String pfad : List.of(AUFNAHME, ZUWEISUNGEN)) {
            HttpClientResponseException e = catchThrowableOfType(() -> client.retrieve(HttpRequest.GET(pfad)
                    .bearerAuth(token.get(Rolle.MASSNAHMETRAEGER)), JSON), HttpClientResponseException.class);
            assertThat(e.getStatus().getCode()).isEqualTo(403);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void falschesDatumUndUnbekanntesProgrammAlsProblem() {
        Map<String, String> faelle = Map.of(
                "/api/berichte/aufnahme?programm=gemeinsam-klappts&stichtag=31.03.2021", "bericht.stichtag.ungueltig",
                "/api/berichte/zuweisungen?programm=gibt-es-nicht&stichtag=2021-03-31", "bericht.programm.nicht.aktiv",
                "/api/berichte/aufnahme?stichtag=2021-03-31", "bericht.programm.fehlt",
                "/api/berichte/zuweisungen?programm=gemeinsam-klappts", "bericht.stichtag.fehlt");
        faelle.forEach((pfad, code) -> {
            HttpClientResponseException e = catchThrowableOfType(() -> client.retrieve(HttpRequest.GET(pfad)
                    .bearerAuth(token.get(Rolle.KI_KOORDINATION)), JSON), HttpClientResponseException.class);
            assertThat(e.getStatus().getCode()).as(pfad).isEqualTo(400);
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(t ->
                    assertThat(t.toString()).isEqualTo("application/problem+json"));
            Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
            assertThat((List<Map<String, Object>>) problem.get("errors")).as(pfad).singleElement()
                    .satisfies(f -> assertThat(f.get("code")).isEqualTo(code));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void jederBerichtAlsJsonUndDateiUndAlleInEinerMappe() {
        String ki = token.get(Rolle.KI_KOORDINATION);
        List<Map<String, Object>> arten = client.retrieve(HttpRequest.GET("/api/berichte/arten?programm="
                + GEMEINSAM_KLAPPTS).bearerAuth(ki), Argument.listOf(JSON));
        assertThat(arten).extracting(a -> a.get("id")).contains("zielgruppenbasis", "aufnahme", "zuweisungen",
                "massnahmen", "stellen", "stellenverteilung", "finanzierung", "gemeinsam-klappts.aufnahmestand");
        Map<String, Object> d = client.retrieve(HttpRequest.GET("/api/berichte/dokument?art=aufnahme&programm="
                + GEMEINSAM_KLAPPTS + "&stichtag=2021-03-31").bearerAuth(ki), JSON);
        List<Map<String, Object>> bloecke = (List<Map<String, Object>>) d.get("bloecke");
        Map<String, Object> tabelle = bloecke.stream().filter(b -> "tabelle".equals(b.get("art"))).findFirst()
                .orElseThrow();
        List<List<Map<String, Object>>> zeilen = (List<List<Map<String, Object>>>) tabelle.get("zeilen");
        assertThat(zeilen.get(zeilen.size() - 1).get(5)).as("the sum row's intake as a typed cell")
                .containsEntry("typ", "ganzzahl").containsEntry("wert", "204").containsEntry("text", "204");
        assertThat(bloecke).extracting(b -> b.get("art")).contains("diagramm");
        for (String format : List.of("xlsx", "csv", "pdf")) {
            var antwort = client.exchange(HttpRequest.GET("/api/berichte/zielgruppenbasis/export?programm="
                    + GEMEINSAM_KLAPPTS + "&stichtag=2021-03-31&format=" + format).bearerAuth(ki), byte[].class);
            assertThat(antwort.getHeaders().get("Content-Disposition")).as(format).contains("." + format);
            var mappe = client.exchange(HttpRequest.GET("/api/berichte/mappe?programm=" + GEMEINSAM_KLAPPTS
                    + "&stichtag=2021-03-31&format=" + format).bearerAuth(ki), byte[].class);
            assertThat(mappe.body()).as(format).isNotEmpty();
        }
        String csv = new String(client.retrieve(HttpRequest.GET("/api/berichte/mappe?programm=" + GEMEINSAM_KLAPPTS
                + "&stichtag=2021-03-31&format=csv").bearerAuth(ki), byte[].class), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Summe;308;304;612").contains("Summe;122;80;2;0;204;19;185;2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void festschreibenOeffnenUndVergleichenUeberDieApi() {
        String ki = token.get(Rolle.KI_KOORDINATION);
        HttpClientResponseException ohneAnlass = catchThrowableOfType(() -> client.retrieve(HttpRequest.POST(
                "/api/berichte/staende", Map.of("art", "aufnahme", "programm", GEMEINSAM_KLAPPTS, "stichtag",
                        "2021-03-31")).bearerAuth(ki), JSON), HttpClientResponseException.class);
        assertThat(ohneAnlass.getStatus().getCode()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) ohneAnlass.getResponse().getBody(JSON).orElseThrow().get("errors"))
                .extracting(f -> f.get("field") + ":" + f.get("code")).containsExactly("anlass:bericht.anlass.fehlt");

        var angelegt = client.exchange(HttpRequest.POST("/api/berichte/staende", Map.of("art", "aufnahme",
                "programm", GEMEINSAM_KLAPPTS, "stichtag", "2021-03-31", "anlass", "Kreisausschuss, 01.06.2021"))
                .bearerAuth(ki), JSON);
        assertThat(angelegt.getStatus().getCode()).isEqualTo(201);
        Map<String, Object> stand = angelegt.body();
        assertThat(stand).containsEntry("geschuetzt", true).containsEntry("anlass", "Kreisausschuss, 01.06.2021");
        String id = (String) stand.get("id");
        String gremium = token.get(Rolle.GREMIUM_LESERECHT);
        assertThat(client.retrieve(HttpRequest.GET("/api/berichte/staende?programm=" + GEMEINSAM_KLAPPTS)
                .bearerAuth(gremium), Argument.listOf(JSON))).extracting(s -> s.get("id")).contains(id);
        Map<String, Object> dokument = client.retrieve(HttpRequest.GET("/api/berichte/staende/" + id)
                .bearerAuth(gremium), JSON);
        assertThat(dokument.get("titel")).isEqualTo("Teilnehmende nach Kommune und Aufenthaltsstatus");
        assertThat(client.retrieve(HttpRequest.GET("/api/berichte/staende/" + id + "/export?format=pdf")
                .bearerAuth(gremium), byte[].class)).startsWith("%PDF".getBytes());
        assertThat(client.retrieve(HttpRequest.GET("/api/berichte/staende/" + id + "/vergleich?stichtag=2021-03-31")
                .bearerAuth(gremium), Argument.listOf(JSON))).as("nothing changed since").isEmpty();
        HttpClientResponseException traeger = catchThrowableOfType(() -> client.retrieve(HttpRequest.GET(
                "/api/berichte/staende/" + id).bearerAuth(token.get(Rolle.MASSNAHMETRAEGER)), JSON),
                HttpClientResponseException.class);
        assertThat(traeger.getStatus().getCode()).isEqualTo(403);
    }

    /** No row equation and no column equation (detail rows = sum row) has exactly one hidden cell. */
    private static void keineZelleRekonstruierbar(List<Map<String, Object>> zeilen, Map<String, Object> summe,
                                                  List<String> spalten, List<List<String>> gleichungen) {
        List<Map<String, Object>> alle = new ArrayList<>(zeilen);
        alle.add(summe);
        for (Map<String, Object> z : alle) {
            for (List<String> g : gleichungen) {
                assertThat(g.stream().filter(s -> z.get(s) == null).count()).as(z + " " + g).isNotEqualTo(1L);
            }
        }
        for (String s : spalten) {
            assertThat(alle.stream().filter(z -> z.get(s) == null).count()).as("column " + s).isNotEqualTo(1L);
        }
        List<Object> gezeigt = zeilen.stream().flatMap(z -> spalten.stream().map(z::get)).filter(v -> v != null)
                .toList();
        assertThat(gezeigt).as("no shown count is small").doesNotContain(1, 2);
    }
}
