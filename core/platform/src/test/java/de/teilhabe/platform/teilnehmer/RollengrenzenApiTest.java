package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.DURCHSTARTEN;
import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.traeger.KontaktDaten;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Least privilege through the API, as an attacker with a real account would try it: a provider's account (linked to
 * Caritas) asks by id for the other provider's (KJA's) Maßnahme and for the person assigned to it — both with a
 * consent to share data with providers, so only the provider boundary stands in the way — and for participant
 * records; a committee reader asks every participant endpoint of the OpenAPI document (read from the document, so a
 * new one is covered the day it appears) for a real person. Every refusal must leave no entry naming the person in
 * the audit log as read, and no answer may carry the person's name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class RollengrenzenApiTest {

    static final LocalDate AUFNAHME = LocalDate.of(2021, 3, 31);
    private static final Argument<List<Map<String, Object>>> LISTE = Argument.listOf(Argument.mapOf(String.class,
            Object.class));

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;
    @Inject TeilnehmerAufnahme aufnahmedienst;
    @Inject Zuweisungen zuweisungen;

    BlockingHttpClient client;
    Nutzer admin;
    Nutzer ki;
    String schema;
    UUID eigeneMassnahme;
    UUID fremdeMassnahme;
    UUID eigenePerson;
    UUID fremdePerson;
    UUID caritas;
    UUID kja;
    String traegerToken;
    String gremiumToken;

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        admin = Programmumgebung.kreisMit(ctx, "grenzen", GEMEINSAM_KLAPPTS, DURCHSTARTEN);
        schema = new Datenbank(ctx).spalte("select schema_name from platform.kreis where slug = '"
                + admin.kreisSlug() + "'").get(0);
        ki = new Nutzer(UUID.randomUUID(), admin.kreisSlug() + ".ki", "KI", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
        UUID neuss = ctx.getBean(KommunenDienst.class).liste(admin).stream().filter(k -> k.name().equals("Neuss"))
                .map(Kommune::id).findFirst().orElseThrow();
        Baustein coaching = ctx.getBean(Bausteine.class).anlegen(ki, new BausteinDaten(DURCHSTARTEN, 1, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30), new BigDecimal("100000"), new BigDecimal("80"),
                null));
        TraegerVerzeichnis verzeichnis = ctx.getBean(TraegerVerzeichnis.class);
        caritas = verzeichnis.anlegen(ki, new TraegerDaten("Caritas Sozialdienste", "Caritas", null, null,
                List.of(new KontaktDaten(null, null, "Carla Eigen", "Koordination", "02131 111", null)),
                Set.of(neuss))).stamm().id();
        kja = verzeichnis.anlegen(ki, new TraegerDaten("Kolping-Jugendausbildung", "KJA", null, null,
                List.of(new KontaktDaten(null, null, "Karla Fremd", "Leitung", "02131 222", "karla@kja.example")),
                Set.of(neuss))).stamm().id();
        eigeneMassnahme = massnahme(coaching, caritas, neuss);
        fremdeMassnahme = massnahme(coaching, kja, neuss);
        eigenePerson = aufnehmen("Amina", neuss, eigeneMassnahme);
        fremdePerson = aufnehmen("Chiara", neuss, fremdeMassnahme);

        traegerToken = ApiKonten.konto(ctx, client, admin, "caritas", Rolle.MASSNAHMETRAEGER);
        ctx.getBean(TraegerKonten.class).zuordnen(admin, caritas, admin.kreisSlug() + ".caritas");
        gremiumToken = ApiKonten.konto(ctx, client, admin, "gremium", Rolle.GREMIUM_LESERECHT);
    }

    @Test
    void traegerSiehtDieEigenePersonUndDasLesenWirdProtokolliert() {
        long vorher = gelesen(eigenePerson);
        List<Map<String, Object>> zeilen = client.retrieve(HttpRequest.GET("/api/traegersicht/teilnehmende/"
                + eigenePerson).bearerAuth(traegerToken), LISTE);
        assertThat(zeilen).isNotEmpty().allSatisfy(z -> assertThat(z.get("name")).isEqualTo("Test, Amina"));
        assertThat(gelesen(eigenePerson)).isEqualTo(vorher + 1);
        assertThat(client.retrieve(HttpRequest.GET("/api/traegersicht/teilnehmende").bearerAuth(traegerToken), LISTE))
                .extracting(z -> z.get("teilnehmerId")).containsExactly(eigenePerson.toString());
    }

    @Test
    void traegerBekommtDieMassnahmeUndDiePersonDesAnderenTraegersNicht() {
        assertThat(client.retrieve(HttpRequest.GET("/api/massnahmen/" + eigeneMassnahme).bearerAuth(traegerToken),
                String.class)).contains(eigeneMassnahme.toString());
        assertThat(ApiProbleme.problem(client, HttpRequest.GET("/api/massnahmen/" + fremdeMassnahme)
                .bearerAuth(traegerToken)).status()).isEqualTo(404);
        assertThat(client.retrieve(HttpRequest.GET("/api/massnahmen").bearerAuth(traegerToken), LISTE))
                .extracting(m -> m.get("id")).containsExactly(eigeneMassnahme.toString());

        ApiProbleme.Problem person = ApiProbleme.problem(client, HttpRequest.GET("/api/traegersicht/teilnehmende/"
                + fremdePerson).bearerAuth(traegerToken));
        assertThat(person.status()).isEqualTo(404);
        assertThat(person.body().toString()).doesNotContain("Chiara");
        for (String pfad : List.of("/api/teilnehmer/" + fremdePerson, "/api/teilnehmer/" + eigenePerson,
                "/api/teilnehmer/" + fremdePerson + "/fallarbeit", "/api/teilnehmer/" + fremdePerson + "/auskunft",
                "/api/teilnehmer?name=Ch", "/api/berichte/zuweisungen?programm=" + GEMEINSAM_KLAPPTS
                        + "&stichtag=2021-12-31")) {
            assertThat(ApiProbleme.problem(client, HttpRequest.GET(pfad).bearerAuth(traegerToken)).status())
                    .as("GET %s as a provider", pfad).isEqualTo(403);
        }
        assertThat(gelesen(fremdePerson)).isZero();
    }

    @Test
    void traegerSiehtDieKontaktpersonenNurDesEigenenTraegers() {
        String eigener = client.retrieve(HttpRequest.GET("/api/traeger/" + caritas).bearerAuth(traegerToken), String.class);
        assertThat(eigener).contains("Carla Eigen", "02131 111");
        String fremder = client.retrieve(HttpRequest.GET("/api/traeger/" + kja).bearerAuth(traegerToken), String.class);
        assertThat(fremder).contains("Kolping-Jugendausbildung").doesNotContain("Karla", "02131 222", "karla@");
        String alsKi = client.retrieve(HttpRequest.GET("/api/traeger/" + kja)
                .bearerAuth(ApiKonten.konto(ctx, client, admin, "ki2", Rolle.KI_KOORDINATION)), String.class);
        assertThat(alsKi).contains("Karla Fremd");
    }

    @Test
    void gremiumLeserechtBekommtKeinenTeilnehmerEndpunkt() throws IOException {
        String yaml = client.retrieve(HttpRequest.GET("/swagger/teilhabe-api-1.yml"), String.class);
        JsonNode pfade = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("paths");
        List<String> gefragt = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pfade.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> pfad = it.next();
            boolean personenbezogen = pfad.getKey().startsWith("/api/teilnehmer")
                    || pfad.getKey().startsWith("/api/traegersicht") || pfad.getKey().startsWith("/api/aufbewahrung")
                    || pfad.getKey().equals("/api/gremien/personen");
            if (!personenbezogen || !pfad.getValue().has("get")) {
                continue;
            }
            String uri = pfad.getKey().replace("{id}", fremdePerson.toString()).replace("{art}", "wohnorte")
                    .replace("{programm}", GEMEINSAM_KLAPPTS)
                    + (pfad.getKey().endsWith("/teilen") ? "?zweck=AUSTAUSCH_TRAEGER" : "");
            ApiProbleme.Problem p = ApiProbleme.problem(client, HttpRequest.GET(uri).bearerAuth(gremiumToken));
            assertThat(p.status()).as("GET %s as a committee reader", uri).isEqualTo(403);
            assertThat(p.body().toString()).doesNotContain("Chiara");
            gefragt.add(uri);
        }
        assertThat(gefragt).as("participant endpoints in the document").hasSizeGreaterThan(8)
                .contains("/api/teilnehmer/" + fremdePerson, "/api/teilnehmer/" + fremdePerson + "/fallarbeit",
                        "/api/traegersicht/teilnehmende");
        assertThat(gelesen(fremdePerson)).isZero();
        Map<String, Map<String, Object>> schreiben = Map.of(
                "/api/teilnehmer/" + fremdePerson + "/ziele", Map.of("bedarf", "Sprache", "ziel", "B1",
                        "status", "VEREINBART", "vereinbartAm", AUFNAHME.toString()),
                "/api/teilnehmer/" + fremdePerson + "/notizen", Map.of("am", AUFNAHME.toString(), "text", "Notiz"));
        schreiben.forEach((uri, rumpf) -> assertThat(status(HttpRequest.POST(uri, rumpf).bearerAuth(gremiumToken)))
                .as("POST %s as a committee reader", uri).isEqualTo(403));
    }

    /** The audit entries about the person by anyone but the KI that set the data up: the accesses of the test. */
    private long gelesen(UUID person) {
        return new Datenbank(ctx).anzahl("select count(*) from \"" + schema + "\".audit_log where objekt_id = '"
                + person + "' and benutzer <> '" + ki.benutzername() + "'");
    }

    private int status(HttpRequest<?> anfrage) {
        try {
            return client.exchange(anfrage, String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private UUID massnahme(Baustein baustein, UUID traegerId, UUID kommune) {
        return ctx.getBean(Massnahmen.class).anlegen(ki, new MassnahmeDaten(baustein.id(), traegerId, List.of(kommune),
                null, LocalDate.of(2021, 1, 11), null, 12, null), new Statuswechsel(Status.LAUFEND,
                LocalDate.of(2021, 1, 11), null)).massnahme().id();
    }

    private UUID aufnehmen(String vorname, UUID kommune, UUID massnahme) {
        TeilnehmerAkte akte = aufnahmedienst.aufnehmen(ki, new AufnahmeAntrag(new TeilnehmerDaten(vorname, "Test",
                LocalDate.of(1999, 4, 4), kommune, null, null), new AufenthaltDaten(Aufenthaltsstatus.DULDUNG,
                LocalDate.of(2020, 1, 1), null), GEMEINSAM_KLAPPTS, AUFNAHME, null, null, null, null,
                List.of(Einwilligungszweck.AUSTAUSCH_TRAEGER)));
        return zuweisungen.zuweisen(ki, akte.teilnehmer().id(), new ZuweisungDaten(massnahme, AUFNAHME.plusDays(5)))
                .teilnehmer().id();
    }
}
