package de.teilhabe.platform.bericht;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 13's report cut-off dates over HTTP with their exact input: 0000-01-01, 9999-12-31 and +10000-01-01 (was a
 * server error) are refused on {@code stichtag} with the bounds named — on every report endpoint, and when freezing a
 * report, where nothing is stored. The bounds themselves are accepted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StichtagGrenzenApiTest implements TestPropertyProvider {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Datenbank db;
    String schema;
    String ki;
    LocalDate spaetestens;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        db = new Datenbank(ctx);
        Nutzer admin = Programmumgebung.kreisMit(ctx, "stichtag", GEMEINSAM_KLAPPTS);
        schema = "kreis_" + admin.kreisSlug().replace('-', '_');
        ki = ApiKonten.konto(ctx, client, admin, "ki", Rolle.KI_KOORDINATION);
        spaetestens = LocalDate.now(ZoneId.of("Europe/Berlin")).plusYears(10);
    }

    Problem abgewiesen(String pfad) {
        return problem(client, HttpRequest.GET(pfad).bearerAuth(ki));
    }

    @Test
    void unsinnigeStichtageWerdenAmFeldAbgewiesen() {
        // a date as entered (+10000-01-01) is not repeated back: an error answer never quotes the input
        Map<String, String> eingaben = Map.of("0000-01-01", "…", "9999-12-31", "31.12.9999",
                "%2B10000-01-01", "…", "1999-12-31", "31.12.1999",
                spaetestens.plusDays(1).toString(), DATUM.format(spaetestens.plusDays(1)));
        eingaben.forEach((eingabe, angezeigt) -> {
            Problem p = abgewiesen("/api/berichte/aufnahme?programm=" + GEMEINSAM_KLAPPTS + "&stichtag=" + eingabe);
            assertThat(p.status()).as(eingabe).isEqualTo(400);
            assertThat(p.feld()).as(eingabe).containsEntry("field", "stichtag")
                    .containsEntry("code", "bericht.stichtag.ausserhalb")
                    .containsEntry("message", "Der Stichtag " + angezeigt + " liegt außerhalb des Zeitraums, für den "
                            + "es Berichte gibt: vom 01.01.2000 bis zum " + DATUM.format(spaetestens) + ".");
        });
    }

    @Test
    void jederBerichtswegPrueftDenStichtag() {
        for (String stichtag : List.of("0000-01-01", "9999-12-31", "%2B10000-01-01")) {
            for (String pfad : List.of("/api/berichte/massnahmen?stichtag=",
                    "/api/berichte/zuweisungen?programm=" + GEMEINSAM_KLAPPTS + "&stichtag=",
                    "/api/berichte/dokument?art=aufnahme&programm=" + GEMEINSAM_KLAPPTS + "&stichtag=",
                    "/api/berichte/dokument?art=finanzierung&programm=" + GEMEINSAM_KLAPPTS + "&stichtag=",
                    "/api/berichte/aufnahme/export?format=csv&programm=" + GEMEINSAM_KLAPPTS + "&stichtag=",
                    "/api/berichte/mappe?format=xlsx&programm=" + GEMEINSAM_KLAPPTS + "&stichtag=")) {
                Problem p = abgewiesen(pfad + stichtag);
                assertThat(p.status()).as(pfad + stichtag).isEqualTo(400);
                assertThat(p.feld()).as(pfad + stichtag).containsEntry("field", "stichtag")
                        .containsEntry("code", "bericht.stichtag.ausserhalb");
            }
        }
        // "+" unencoded is a blank in a query: not a date
        Problem plus = abgewiesen("/api/berichte/aufnahme?programm=" + GEMEINSAM_KLAPPTS + "&stichtag=+10000-01-01");
        assertThat(plus.status()).isEqualTo(400);
        assertThat(plus.feld()).containsEntry("field", "stichtag").containsEntry("code", "bericht.stichtag.ungueltig");
    }

    @Test
    void festschreibenMitUnsinnigemStichtagSpeichertNichts() {
        long vorher = db.anzahl("select count(*) from " + schema + ".berichtsstand");
        for (String stichtag : List.of("0000-01-01", "9999-12-31", "+10000-01-01")) {
            Problem p = problem(client, HttpRequest.POST("/api/berichte/staende", Map.of("art", "aufnahme",
                    "programm", GEMEINSAM_KLAPPTS, "stichtag", stichtag, "anlass", "Sozialausschuss")).bearerAuth(ki));
            assertThat(p.status()).as(stichtag).isEqualTo(400);
            // in a JSON body every date is read by the input contract first: years 1900 to 2199
            assertThat(p.feld()).as(stichtag).containsEntry("field", "stichtag")
                    .containsEntry("code", "eingabe.datum.bereich");
        }
        assertThat(db.anzahl("select count(*) from " + schema + ".berichtsstand")).isEqualTo(vorher);
    }

    @Test
    void dieGrenzenSelbstGehen() {
        for (LocalDate tag : List.of(LocalDate.of(2000, 1, 1), spaetestens)) {
            Map<?, ?> tabelle = client.retrieve(HttpRequest.GET("/api/berichte/aufnahme?programm=" + GEMEINSAM_KLAPPTS
                    + "&stichtag=" + tag).bearerAuth(ki), Map.class);
            assertThat(tabelle.get("stichtag")).isEqualTo(tag.toString());
        }
    }
}
