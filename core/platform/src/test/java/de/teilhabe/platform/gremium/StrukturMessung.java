package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the structure view's data part (issue 5: 30 Gremien, 300 members, < 300 ms to render on the server):
 * the service call that builds the tree, and the same over HTTP as JSON. Run by infra/bench/gremien.sh; writes
 * core/platform/target/messung-gremien.txt.
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
class StrukturMessung {

    static final int GREMIEN = 30;
    static final int MITGLIEDER_JE_GREMIUM = 10;
    static final int PERSONEN = 120;

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Test
    void strukturMit30GremienUnd300Mitgliedern() throws IOException {
        GremienFixture f = new GremienFixture(ctx, "mess");
        aufbauen(f);
        Struktur s = f.struktur.struktur(f.leser, "bench", LocalDate.of(2022, 1, 1));
        assertThat(s.anzahlGremien()).isEqualTo(GREMIEN);
        assertThat(s.anzahlMitglieder()).isEqualTo(GREMIEN * MITGLIEDER_JE_GREMIUM);

        double[] dienst = messen(100, () -> f.struktur.struktur(f.leser, "bench", LocalDate.of(2022, 1, 1)));
        BlockingHttpClient client = http.toBlocking();
        String token = token(client, f);
        HttpRequest<?> anfrage = HttpRequest.GET("/api/gremien/struktur?programm=bench&stichtag=2022-01-01")
                .bearerAuth(token);
        int bytes = client.retrieve(anfrage, String.class).length();
        double[] api = messen(100, () -> client.retrieve(anfrage, String.class));

        String bericht = String.join("\n",
                "Gremien-Strukturansicht: " + GREMIEN + " Gremien, " + s.anzahlMitglieder() + " Mitglieder, "
                        + PERSONEN + " Personen (Java " + System.getProperty("java.version") + ", "
                        + Runtime.getRuntime().availableProcessors() + " CPUs, PostgreSQL lokal)",
                zeile("StrukturDienst.struktur (2 SQL-Abfragen + Baum)", dienst),
                zeile("GET /api/gremien/struktur (HTTP + JSON, " + bytes / 1024 + " KiB)", api), "");
        System.out.println(bericht);
        Files.writeString(Path.of("target", "messung-gremien.txt"), bericht);
    }

    private void aufbauen(GremienFixture f) {
        Nutzer ki = f.ki;
        ctx.getBean(KreisTransaktion.class).schreiben(f.slug, () -> {
            GremienDienst gremien = ctx.getBean(GremienDienst.class);
            PersonenDienst personen = ctx.getBean(PersonenDienst.class);
            MitgliedschaftenDienst mitgliedschaften = ctx.getBean(MitgliedschaftenDienst.class);
            List<Person> leute = new ArrayList<>();
            for (int i = 0; i < PERSONEN; i++) {
                leute.add(personen.anlegen(ki.benutzername(), new PersonDaten("Person " + i, null, null, null)));
            }
            List<Gremium> alle = new ArrayList<>();
            for (int i = 0; i < GREMIEN; i++) {
                UUID oben = i == 0 ? null : alle.get(i <= 5 ? 0 : 1 + (i - 6) % 5).id();
                alle.add(gremien.anlegen(ki.benutzername(), UUID.randomUUID(), new GremiumDaten("Gremium " + i,
                        i == 0 ? GremiumTyp.LENKUNGSGRUPPE : GremiumTyp.ARBEITSGRUPPE, null, List.of("bench"), oben,
                        "Zweck " + i, List.of("Aufgabe"), Rhythmus.alleTage(14, "alle 14 Tage"),
                        GremienFixture.KONSTITUIERT, null), null));
            }
            for (int i = 0; i < GREMIEN; i++) {
                for (int j = 0; j < MITGLIEDER_JE_GREMIUM; j++) {
                    Mitgliedsrolle rolle = j == 0 ? Mitgliedsrolle.VORSITZ
                            : j == 1 ? Mitgliedsrolle.GESCHAEFTSFUEHRUNG : Mitgliedsrolle.MITGLIED;
                    Person p = leute.get((i * 4 + j) % PERSONEN);
                    mitgliedschaften.anlegen(ki.benutzername(), alle.get(i).id(), new MitgliedschaftDaten(p.id(),
                            null, rolle, "Funktion " + j, "Organisation " + j, Organisationsart.BEHOERDE, null,
                            GremienFixture.KONSTITUIERT, null));
                }
            }
        });
    }

    private static double[] messen(int laeufe, Supplier<?> arbeit) {
        for (int i = 0; i < 20; i++) {
            arbeit.get();
        }
        double[] ms = new double[laeufe];
        for (int i = 0; i < laeufe; i++) {
            long t0 = System.nanoTime();
            arbeit.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[laeufe / 2], ms[(int) (laeufe * 0.95)], ms[laeufe - 1]};
    }

    private static String zeile(String was, double[] ms) {
        return String.format("%-62s Median %6.2f ms, p95 %6.2f ms, max %6.2f ms (100 Läufe nach 20 zum Aufwärmen)",
                was, ms[0], ms[1], ms[2]);
    }

    private static String token(BlockingHttpClient client, GremienFixture f) {
        String admin = (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                f.slug + ".admin", "passwort", TestKreise.ADMIN_PASSWORT)), Map.class).get("accessToken");
        client.exchange(HttpRequest.POST("/api/benutzer", Map.of("benutzername", f.slug + ".leser", "anzeigename",
                "Leser", "rollen", List.of("GREMIUM_LESERECHT"), "aktiv", true, "passwort", "zaehlwerk-passwort-1"))
                .bearerAuth(admin), Map.class);
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                f.slug + ".leser", "passwort", "zaehlwerk-passwort-1")), Map.class).get("accessToken");
    }
}
