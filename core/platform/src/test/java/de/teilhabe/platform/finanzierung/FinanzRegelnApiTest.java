package de.teilhabe.platform.finanzierung;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13's funding cases over HTTP with their exact input: an Aktenzeichen entered twice; a Weiterleitung of
 * 500.000 € where the Bescheid grants 80.000 € for the Baustein and year (refused naming both amounts, nothing
 * written); forwardings adding up exactly to the grant (accepted) and a cent more (refused); two concurrent
 * forwardings that each fit but together would not (one is refused); references to unknown ids.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanzRegelnApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    static final LocalDate BEGINN = LocalDate.of(2020, 1, 1);
    static final LocalDate ENDE = LocalDate.of(2022, 6, 30);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Datenbank db;
    String schema;
    String ki;
    List<Baustein> fb;
    String caritas;
    String kja;
    ExecutorService parallel = Executors.newFixedThreadPool(2);

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        db = new Datenbank(ctx);
        Nutzer admin = Programmumgebung.kreisMit(ctx, "fin-regeln", DURCHSTARTEN);
        schema = "kreis_" + admin.kreisSlug().replace('-', '_');
        fb = List.of(1, 2, 3, 4).stream()
                .map(n -> Programmumgebung.baustein(ctx, admin, DURCHSTARTEN, n, BEGINN, ENDE)).toList();
        ki = ApiKonten.konto(ctx, client, admin, "ki", Rolle.KI_KOORDINATION);
        caritas = traeger("Caritas Sozialdienste Rhein-Kreis Neuss GmbH", "Caritas");
        kja = traeger("Katholische Jugendagentur Düsseldorf gGmbH", "KJA");
    }

    @AfterAll
    void aufraeumen() {
        parallel.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    String traeger(String name, String kurz) {
        Map<String, Object> t = client.retrieve(HttpRequest.POST("/api/traeger", Map.of("name", name,
                "kurzname", kurz)).bearerAuth(ki), JSON);
        return (String) ((Map<String, Object>) t.get("stamm")).get("id");
    }

    /** A Bescheid of 02.10.2020 for one Baustein with its amounts per year; the total is their sum. */
    Map<String, Object> bescheid(Baustein b, String aktenzeichen, Map<Integer, String> jeJahr) {
        Map<String, Object> daten = new HashMap<>();
        daten.put("programmId", DURCHSTARTEN);
        daten.put("art", "BESCHEID");
        daten.put("datum", "2020-10-02");
        daten.put("aktenzeichen", aktenzeichen);
        daten.put("beginn", "2020-10-02");
        daten.put("ende", ENDE.toString());
        daten.put("betrag", jeJahr.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
        daten.put("bausteine", List.of(b.id().toString()));
        daten.put("posten", jeJahr.entrySet().stream().map(e -> Map.of("bausteinId", b.id().toString(),
                "jahr", e.getKey(), "betrag", new BigDecimal(e.getValue()))).toList());
        return daten;
    }

    Map<String, Object> weiterleitung(Baustein b, String betrag, String beginn, String ende, String vertrag) {
        return new HashMap<>(Map.of("bausteinId", b.id().toString(), "traegerId", caritas, "betrag",
                new BigDecimal(betrag), "beginn", beginn, "ende", ende, "vertrag", vertrag));
    }

    MutableHttpRequest<?> weiterleiten(Map<String, Object> daten) {
        return HttpRequest.POST("/api/finanzierung/weiterleitungen", daten).bearerAuth(ki);
    }

    long anzahl(String tabelle) {
        return db.anzahl("select count(*) from " + schema + "." + tabelle);
    }

    @Test
    void aktenzeichenZweimalIstEinKonflikt() {
        client.exchange(HttpRequest.POST("/api/finanzierung/bescheide", bescheid(fb.get(3), "51.04.03-2020/0815",
                Map.of())).bearerAuth(ki));
        Map<String, Object> anderer = client.retrieve(HttpRequest.POST("/api/finanzierung/bescheide",
                bescheid(fb.get(3), "51.04.03-2020/0816", Map.of())).bearerAuth(ki), JSON);
        long vorher = anzahl("zuwendungsbescheid");

        Problem p = problem(client, HttpRequest.POST("/api/finanzierung/bescheide", bescheid(fb.get(3),
                " 51.04.03-2020/0815 ", Map.of())).bearerAuth(ki));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("finanzierung.aktenzeichen.vergeben");
        assertThat(p.feld()).containsEntry("field", "aktenzeichen").containsEntry("message", "Das Aktenzeichen "
                + "„…“ ist in diesem Kreis schon bei einem anderen Eintrag der Finanzierung erfasst "
                + "(Zeitraum 02.10.2020 – 30.06.2022). Bitte diesen Eintrag öffnen und dort ändern.");

        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) anderer.get("stamm")).get("id");
        Problem geaendert = problem(client, HttpRequest.PUT("/api/finanzierung/bescheide/" + id,
                bescheid(fb.get(3), "51.04.03-2020/0815", Map.of())).header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(geaendert.status()).isEqualTo(409);
        assertThat(geaendert.feld()).containsEntry("field", "aktenzeichen");

        assertThat(anzahl("zuwendungsbescheid")).isEqualTo(vorher);
        assertThat(db.spalte("select aktenzeichen from " + schema + ".zuwendungsbescheid where id = '" + id + "'"))
                .containsExactly("51.04.03-2020/0816");
    }

    @Test
    void weiterleitungUeberDemBescheidWirdMitBeidenBetraegenAbgewiesen() {
        client.exchange(HttpRequest.POST("/api/finanzierung/bescheide", bescheid(fb.get(0), null,
                Map.of(2020, "20000.00", 2021, "80000.00"))).bearerAuth(ki));
        long vorher = anzahl("weiterleitung");

        Problem p = problem(client, weiterleiten(weiterleitung(fb.get(0), "500000.00", "2021-01-01", "2021-12-31",
                "Weiterleitungsvertrag FB 1 / 2021")));

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.feld()).containsEntry("field", "betrag")
                .containsEntry("code", "finanzierung.weiterleitung.ueber.jahr")
                .containsEntry("message", "Die Weiterleitungen für FB 1 im Jahr 2021 (500.000,00 €) übersteigen die "
                        + "bewilligten 80.000,00 €.");
        assertThat(anzahl("weiterleitung")).isEqualTo(vorher);

        // a contract over two years counts against both years' amounts
        Problem zweiJahre = problem(client, weiterleiten(weiterleitung(fb.get(0), "100000.01", "2020-10-01",
                "2021-03-31", "Vertrag FB 1 2020/21")).header("Accept-Language", "en"));
        assertThat(zweiJahre.feld()).containsEntry("code", "finanzierung.weiterleitung.ueber.jahre")
                .containsEntry("message", "The forwardings for FB 1 in the years 2020 to 2021 (100,000.01 €) exceed "
                        + "the granted 100,000.00 € for these years.");
        assertThat(client.exchange(weiterleiten(weiterleitung(fb.get(0), "100000.00", "2020-10-01", "2021-03-31",
                "Vertrag FB 1 2020/21"))).code()).isEqualTo(201);
        // 2021 alone still has room, but 2020 and 2021 together are used up
        Problem danach = problem(client, weiterleiten(weiterleitung(fb.get(0), "1.00", "2021-04-01", "2021-12-31",
                "Vertrag FB 1 2021")));
        assertThat(danach.feld()).containsEntry("message", "Die Weiterleitungen für FB 1 in den Jahren 2020 bis 2021 "
                + "(100.001,00 €) übersteigen die für diese Jahre bewilligten 100.000,00 €.");
        assertThat(anzahl("weiterleitung")).isEqualTo(vorher + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void weiterleitungenGenauBisZumBescheidWerdenAngenommen() {
        client.exchange(HttpRequest.POST("/api/finanzierung/bescheide", bescheid(fb.get(1), null,
                Map.of(2021, "80000.00"))).bearerAuth(ki));
        HttpResponse<Map<String, Object>> erste = client.exchange(weiterleiten(weiterleitung(fb.get(1), "50000.00",
                "2021-01-01", "2021-06-30", "Vertrag FB 2 / I")), JSON);
        Map<String, Object> zweiteDaten = weiterleitung(fb.get(1), "30000.00", "2021-07-01", "2021-12-31",
                "Vertrag FB 2 / II");
        zweiteDaten.put("traegerId", kja);
        HttpResponse<Map<String, Object>> zweite = client.exchange(weiterleiten(zweiteDaten), JSON);
        assertThat(List.of(erste.code(), zweite.code())).containsExactly(201, 201);
        long vorher = anzahl("weiterleitung");

        Problem cent = problem(client, weiterleiten(weiterleitung(fb.get(1), "0.01", "2021-12-01", "2021-12-31",
                "Vertrag FB 2 / III")));
        assertThat(cent.feld()).containsEntry("message", "Die Weiterleitungen für FB 2 im Jahr 2021 (80.000,01 €) "
                + "übersteigen die bewilligten 80.000,00 €.");
        zweiteDaten.put("betrag", new BigDecimal("30000.01"));
        Problem erhoeht = problem(client, HttpRequest.PUT("/api/finanzierung/weiterleitungen/"
                + zweite.body().get("id"), zweiteDaten).header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(erhoeht.feld()).containsEntry("code", "finanzierung.weiterleitung.ueber.jahr");

        assertThat(anzahl("weiterleitung")).isEqualTo(vorher);
        assertThat(db.spalte("select betrag from " + schema + ".weiterleitung where id = '" + zweite.body().get("id")
                + "'")).containsExactly("30000.00");
        // lowering stays possible, and the freed amount can be forwarded again
        zweiteDaten.put("betrag", new BigDecimal("29000.00"));
        client.exchange(HttpRequest.PUT("/api/finanzierung/weiterleitungen/" + zweite.body().get("id"), zweiteDaten)
                .header("If-Match", "\"0\"").bearerAuth(ki));
        assertThat(client.exchange(weiterleiten(weiterleitung(fb.get(1), "1000.00", "2021-12-01", "2021-12-31",
                "Vertrag FB 2 / III"))).code()).isEqualTo(201);
    }

    @Test
    void zweiGleichzeitigeWeiterleitungenUeberschreitenDenBescheidNicht() throws Exception {
        client.exchange(HttpRequest.POST("/api/finanzierung/bescheide", bescheid(fb.get(2), null,
                Map.of(2020, "80000.00", 2021, "80000.00", 2022, "80000.00"))).bearerAuth(ki));
        for (int jahr : List.of(2020, 2021, 2022)) {
            String ende = jahr == 2022 ? "2022-06-30" : jahr + "-12-31";
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> antworten = new ArrayList<>();
            for (String vertrag : List.of("A", "B")) {
                antworten.add(parallel.submit(() -> {
                    start.await();
                    try {
                        return client.exchange(weiterleiten(weiterleitung(fb.get(2), "50000.00", jahr + "-01-01",
                                ende, "Vertrag FB 3 " + jahr + " " + vertrag))).code();
                    } catch (HttpClientResponseException e) {
                        return e.getStatus().getCode();
                    }
                }));
            }
            List<Integer> status = new ArrayList<>();
            for (Future<Integer> a : antworten) {
                status.add(a.get());
            }
            assertThat(status).as("Jahr %d", jahr).containsExactlyInAnyOrder(201, 400);
            assertThat(db.spalte("select sum(betrag) from " + schema + ".weiterleitung where baustein_id = '"
                    + fb.get(2).id() + "' and extract(year from beginn) = " + jahr)).containsExactly("50000.00");
        }
    }

    @Test
    void unbekannteIdsWerdenMitFeldOderAlsNichtGefundenAbgewiesen() {
        long vorher = anzahl("weiterleitung") + anzahl("zuwendungsbescheid");
        Map<String, Object> daten = weiterleitung(fb.get(0), "1.00", "2021-01-01", "2021-12-31", "V");
        daten.put("bausteinId", UUID.randomUUID().toString());
        daten.put("traegerId", UUID.randomUUID().toString());

        Problem p = problem(client, weiterleiten(daten));
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.code()).isEqualTo("eingabe.verweis.unbekannt");
        assertThat(p.felder()).extracting(f -> f.get("field"), f -> f.get("code")).containsExactly(
                tuple("bausteinId", "baustein.nicht.gefunden"), tuple("traegerId", "traeger.nicht.gefunden"));

        Map<String, Object> bescheid = bescheid(fb.get(0), null, Map.of());
        bescheid.put("bausteine", List.of(UUID.randomUUID().toString()));
        Problem b = problem(client, HttpRequest.POST("/api/finanzierung/bescheide", bescheid).bearerAuth(ki));
        assertThat(b.status()).isEqualTo(422);
        assertThat(b.feld()).containsEntry("field", "bausteine[0]").containsEntry("code", "baustein.nicht.gefunden");

        Problem pfad = problem(client, HttpRequest.PUT("/api/finanzierung/weiterleitungen/" + UUID.randomUUID(),
                weiterleitung(fb.get(0), "1.00", "2021-01-01", "2021-12-31", "V")).header("If-Match", "\"0\"")
                .bearerAuth(ki));
        assertThat(pfad.status()).isEqualTo(404);
        assertThat(pfad.code()).isEqualTo("finanzierung.weiterleitung.nicht.gefunden");
        assertThat(problem(client, HttpRequest.GET("/api/finanzierung/bescheide/" + UUID.randomUUID())
                .bearerAuth(ki)).status()).isEqualTo(404);
        assertThat(anzahl("weiterleitung") + anzahl("zuwendungsbescheid")).isEqualTo(vorher);
    }
}
