package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Participant search on 100,000 participants of one Kreis through the API (issue 6: p95 &lt; 100 ms): the people
 * are generated in SQL (names from 60 surnames × numbers, 8 Kommunen, statuses mixed, a tenth de-registered,
 * a fifth with a second residence entry), then 200 searches per filter combination after 30 to warm up.
 * Only with {@code -Dteilhabe.messung=true} ({@code infra/bench/suche.sh}); writes
 * {@code target/messung-suche.txt}. No assertion on the time.
 */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
class TeilnehmerSucheMessung {

    static final int PERSONEN = 100_000;
    static final int LAEUFE = 200;

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Test
    void sucheMitFilternAufHunderttausendPersonen() throws IOException {
        Nutzer admin = Programmumgebung.kreisMit(ctx, "suche", GEMEINSAM_KLAPPTS);
        List<Kommune> kommunen = ctx.getBean(KommunenDienst.class).liste(admin);
        long t0 = System.nanoTime();
        erzeugen(admin.kreisSlug(), kommunen.stream().map(Kommune::id).toList());
        double erzeugtS = (System.nanoTime() - t0) / 1e9;
        String token = token(admin);
        BlockingHttpClient client = http.toBlocking();
        UUID neuss = kommunen.stream().filter(k -> k.name().equals("Neuss")).findFirst().orElseThrow().id();
        Map<String, String> faelle = new java.util.LinkedHashMap<>();
        faelle.put("Name (Präfix \"Schm\")", "suche=Schm");
        faelle.put("Name + Status Duldung + aktiv", "suche=Schn&status=DULDUNG&aktiv=true");
        faelle.put("Kommune + Status Duldung + Programm", "kommuneId=" + neuss + "&status=DULDUNG&programm=" + GEMEINSAM_KLAPPTS);
        faelle.put("Fallverantwortung + aktiv, Seite 3", "fallverantwortung=cm.7&aktiv=true&seite=3");
        faelle.put("ohne Filter, erste Seite", "");
        List<String> zeilen = new ArrayList<>();
        zeilen.add(String.format(Locale.ROOT, "Teilnehmende-Suche über GET /api/teilnehmer: %,d Personen in einem Kreis "
                + "(erzeugt in %.1f s), je %d Anfragen nach 30 zum Aufwärmen, Seitengröße 50", PERSONEN, erzeugtS, LAEUFE));
        List<String> leer = new ArrayList<>();
        for (var fall : faelle.entrySet()) {
            HttpRequest<?> anfrage = HttpRequest.GET("/api/teilnehmer?" + fall.getValue()).bearerAuth(token);
            Map<?, ?> antwort = client.retrieve(anfrage, Map.class);
            double[] ms = messen(() -> client.retrieve(anfrage, String.class));
            zeilen.add(String.format(Locale.ROOT, "%-40s %,8d Treffer  Median %6.1f ms  p95 %6.1f ms  max %6.1f ms",
                    fall.getKey(), ((Number) antwort.get("gesamt")).longValue(), ms[0], ms[1], ms[2]));
            if (!(antwort.get("zeilen") instanceof List<?> seite) || seite.isEmpty()) {
                leer.add(fall.getKey());
            }
        }
        String bericht = String.join("\n", zeilen) + "\n";
        System.out.print(bericht);
        Files.writeString(Path.of("target", "messung-suche.txt"), bericht);
        assertThat(leer).as("Suchen ohne Treffer auf der abgefragten Seite").isEmpty();
    }

    private void erzeugen(String slug, List<UUID> kommunen) {
        String orte = kommunen.stream().map(k -> "'" + k + "'::uuid").reduce((a, b) -> a + "," + b).orElseThrow();
        ctx.getBean(KreisTransaktion.class).schreiben(slug, () -> {
            DSLContext sql = ctx.getBean(DSLContext.class);
            sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id,"
                    + " fallverantwortung, aufgenommen_am, abgemeldet_am, abmeldegrund, version)"
                    + " select gen_random_uuid(), 'Vorname' || i,"
                    + " (array['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz',"
                    + "'Hoffmann','Ahmadi','Haddad','Karimi','Tesfaye','Yilmaz','Kaya','Demir','Nowak','Hussein','Ali',"
                    + "'Rahimi','Mohammadi','Hosseini','Sadeghi','Abdi','Omar','Jama','Bah','Diallo','Sow','Camara',"
                    + "'Kone','Traore','Haile','Gebre','Tekle','Bekele','Alemu','Mengistu','Osman','Ibrahim','Hassan',"
                    + "'Mahmoud','Khalil','Nasser','Saleh','Aziz','Rahman','Khan','Popescu','Ionescu','Horvat','Kovac',"
                    + "'Petrov','Ivanova','Schmitz','Koch','Richter','Klein','Wolf'])[1 + i % 60] || ' ' || (i / 60),"
                    + " date '1994-01-01' + (i % 3600), (array[" + orte + "])[1 + i % " + kommunen.size() + "],"
                    + " 'cm.' || (i % 20), date '2020-05-01' + (i % 600),"
                    + " case when i % 10 = 0 then date '2022-01-31' end,"
                    + " case when i % 10 = 0 then 'nicht erreichbar' end, 0"
                    + " from generate_series(1, " + PERSONEN + ") i");
            sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab) select gen_random_uuid(), id,"
                    + " (array['DULDUNG','GESTATTUNG','DULDUNG','AUFENTHALTSTITEL'])[1 + abs(hashtext(id::text)) % 4],"
                    + " aufgenommen_am - 90 from teilnehmer");
            sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab) select gen_random_uuid(), id,"
                    + " 'AUFENTHALTSTITEL', aufgenommen_am + 200 from teilnehmer where abs(hashtext(id::text)) % 5 = 0");
            sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung)"
                    + " select gen_random_uuid(), id, '" + GEMEINSAM_KLAPPTS + "', aufgenommen_am, 'PRIMAER' from teilnehmer");
            sql.execute("analyze teilnehmer, aufenthalt, programmteilnahme");
        });
    }

    private String token(Nutzer admin) {
        String konto = admin.kreisSlug() + ".cm";
        ctx.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(konto, "CM", Set.of(Rolle.CASE_MANAGEMENT),
                true, "zaehlwerk-passwort-1"));
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername", konto,
                "passwort", "zaehlwerk-passwort-1")), Map.class).get("accessToken");
    }

    private static double[] messen(Runnable arbeit) {
        for (int i = 0; i < 30; i++) {
            arbeit.run();
        }
        double[] ms = new double[LAEUFE];
        for (int i = 0; i < LAEUFE; i++) {
            long t0 = System.nanoTime();
            arbeit.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[LAEUFE / 2], ms[(int) (LAEUFE * 0.95)], ms[LAEUFE - 1]};
    }
}
