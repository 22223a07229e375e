package de.teilhabe.platform.teilnehmer;

import static de.teilhabe.platform.finanzierung.Programmumgebung.GEMEINSAM_KLAPPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.ApiKonten;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The import over real HTTP as a multipart upload: dry run and import (200 with the report), row errors (200,
 * nothing written), a history list imported twice (the second time every row skipped), a file in the wrong
 * encoding (400 problem with {@code import.kodierung} on {@code datei}), a provider account refused (403).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeilnehmerImportApiTest implements TestPropertyProvider {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String cm;
    String traeger;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        Nutzer admin = Programmumgebung.kreisMit(ctx, "tn-imp-api", GEMEINSAM_KLAPPTS);
        cm = ApiKonten.konto(ctx, client, admin, "cm", Rolle.CASE_MANAGEMENT);
        traeger = ApiKonten.konto(ctx, client, admin, "tr", Rolle.MASSNAHMETRAEGER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void trockenlaufDannImport() {
        byte[] datei = TeilnehmerImportTest.csv(TeilnehmerImportTest.KOPF,
                TeilnehmerImportTest.zeilen("Apiimport", 3));

        Map<String, Object> probe = client.retrieve(hochladen("trockenlauf=true", datei, cm), JSON);
        assertThat(probe).containsEntry("zeilen", 3).containsEntry("uebernommen", 3)
                .containsEntry("geschrieben", false);

        Map<String, Object> bericht = client.retrieve(hochladen("trockenlauf=false&programm=" + GEMEINSAM_KLAPPTS,
                datei, cm), JSON);
        assertThat(bericht).containsEntry("geschrieben", true).containsEntry("uebernommen", 3);

        Map<String, Object> nochmal = client.retrieve(hochladen("trockenlauf=false", datei, cm), JSON);
        assertThat(nochmal).containsEntry("geschrieben", false);
        assertThat((List<Map<String, Object>>) nochmal.get("fehler")).hasSize(3)
                .allSatisfy(f -> assertThat(f).containsEntry("code", "teilnehmer.doppelt")
                        .containsEntry("spalte", "Nachname"));

        Map<String, Object> uebersprungen = client.retrieve(hochladen("trockenlauf=false&duplikateUeberspringen=true",
                datei, cm), JSON);
        assertThat(uebersprungen).containsEntry("geschrieben", true).containsEntry("uebersprungen", 3)
                .containsEntry("uebernommen", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void verlaufslisteZweimalDieZweiteAendertNichts() {
        byte[] datei = VerlaufsimportTest.csv(VerlaufsimportTest.KOPF, List.of(
                "Aufnahme;Apiverlauf;Amal;15.01.1999;01.10.2020;Neuss;Duldung;" + GEMEINSAM_KLAPPTS + ";;;;;;",
                "Umzug;Apiverlauf;Amal;15.01.1999;01.12.2020;Kaarst;;;;;;;;",
                "Abmeldung;Apiverlauf;Amal;15.01.1999;01.03.2021;;;;;;;;;nicht erreichbar"));

        Map<String, Object> probe = client.retrieve(hochladen("trockenlauf=true", datei, cm), JSON);
        assertThat(probe).containsEntry("zeilen", 3).containsEntry("uebernommen", 3)
                .containsEntry("geschrieben", false);
        Map<String, Object> bericht = client.retrieve(hochladen("trockenlauf=false", datei, cm), JSON);
        assertThat(bericht).containsEntry("geschrieben", true).containsEntry("uebernommen", 3);

        Map<String, Object> nochmal = client.retrieve(hochladen("trockenlauf=false", datei, cm), JSON);
        assertThat(nochmal).containsEntry("geschrieben", true).containsEntry("uebernommen", 0)
                .containsEntry("uebersprungen", 3);
        assertThat((List<Map<String, Object>>) nochmal.get("fehler")).hasSize(3)
                .allSatisfy(f -> assertThat(f).containsEntry("code", "import.vorhanden")
                        .containsEntry("spalte", "Vorgang"));
    }

    @Test
    void falscheKodierungIstEinProblemDerDatei() {
        byte[] datei = (TeilnehmerImportTest.KOPF + "\r\nMüller;Jürgen;15.01.1999;Neuss;Duldung;01.10.2020;"
                + "31.03.2021;gemeinsam-klappts\r\n").getBytes(Charset.forName("windows-1252"));

        HttpClientResponseException e = catchThrowableOfType(() -> client.exchange(hochladen("trockenlauf=true",
                datei, cm), JSON), HttpClientResponseException.class);

        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("\"field\":\"datei\"")
                .contains("import.kodierung").contains("Zeile: 2");
    }

    @Test
    void massnahmetraegerWirdAbgewiesen() {
        byte[] datei = TeilnehmerImportTest.csv(TeilnehmerImportTest.KOPF,
                TeilnehmerImportTest.zeilen("Traegerimport", 1));
        HttpClientResponseException e = catchThrowableOfType(() -> client.exchange(hochladen("trockenlauf=true",
                datei, traeger), JSON), HttpClientResponseException.class);
        assertThat(e.getStatus().getCode()).isEqualTo(403);
    }

    private static HttpRequest<?> hochladen(String abfrage, byte[] datei, String token) {
        MultipartBody body = MultipartBody.builder().addPart("datei", "liste.csv", new MediaType("text/csv"), datei)
                .build();
        return HttpRequest.POST("/api/teilnehmer/import?" + abfrage, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token);
    }
}
