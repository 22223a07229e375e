package de.teilhabe.platform.gremium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program's Gremien created from its installed plugin's templates (the real KIM plugin). */
@MicronautTest(transactional = false)
@Property(name = "teilhabe.plugins.verzeichnis", value = "${teilhabe.test.plugins}")
class GremienAusProgrammTest {

    static final LocalDate KONSTITUIERT = LocalDate.of(2021, 3, 17);

    @Inject ApplicationContext ctx;
    @Inject GremienVorlagenDienst vorlagen;
    @Inject ProgrammDienst programme;
    @Inject @Client("/") HttpClient http;

    @Test
    void kimGremienAusDemPluginEinmalAngelegt() {
        GremienFixture f = new GremienFixture(ctx, "apg");
        programme.aktivieren(f.admin, "kim");

        assertThat(vorlagen.vorlagen(f.leser, "kim")).extracting(GremiumVorlage::schluessel).containsExactly(
                "kim.lenkungsgruppe", "kim.koordinierende-stellen", "kim.ag-strukturebene", "kim.ag-fallebene");
        List<Gremium> angelegt = vorlagen.ausProgramm(f.ki, new ProgrammAntrag("kim", KONSTITUIERT));
        assertThat(angelegt).extracting(Gremium::name, Gremium::typ, Gremium::konstituiertAm).containsExactly(
                tuple("Lenkungsgruppe", GremiumTyp.LENKUNGSGRUPPE, KONSTITUIERT),
                tuple("Austausch der koordinierenden Stellen (Baustein 1)", GremiumTyp.AUSTAUSCHRUNDE, KONSTITUIERT),
                tuple("Arbeitsgruppe Strukturebene", GremiumTyp.ARBEITSGRUPPE, KONSTITUIERT),
                tuple("Arbeitsgruppe Fallebene", GremiumTyp.ARBEITSGRUPPE, KONSTITUIERT));

        Struktur s = f.struktur.struktur(f.leser, "kim", LocalDate.of(2021, 6, 1));
        assertThat(s.wurzeln()).singleElement().satisfies(lg -> {
            assertThat(lg.name()).isEqualTo("Lenkungsgruppe");
            assertThat(lg.untergremien()).extracting(GremiumKnoten::name).containsExactlyInAnyOrder(
                    "Austausch der koordinierenden Stellen (Baustein 1)", "Arbeitsgruppe Strukturebene");
            assertThat(lg.untergremien()).filteredOn(k -> k.name().startsWith("Austausch")).singleElement()
                    .satisfies(k -> assertThat(k.untergremien()).extracting(GremiumKnoten::name)
                            .containsExactly("Arbeitsgruppe Fallebene"));
            assertThat(lg.offeneSitze()).extracting(OffenerSitz::funktion)
                    .contains("Kreisdirektor/in", "Leitung Jobcenter");
        });

        List<Gremium> nochmal = vorlagen.ausProgramm(f.ki, new ProgrammAntrag("kim", LocalDate.of(2022, 1, 1)));
        assertThat(nochmal).extracting(Gremium::id)
                .containsExactlyElementsOf(angelegt.stream().map(Gremium::id).toList());
        assertThat(f.gremien.liste(f.ki, "kim")).hasSize(4);
        assertThat(f.gremien.ansicht(f.ki, angelegt.get(0).id()).sitze())
                .hasSameSizeAs(f.gremien.ansicht(f.ki, nochmal.get(0).id()).sitze());
    }

    @Test
    void programmNichtAktiviertOderOhneSchreibrecht() {
        GremienFixture f = new GremienFixture(ctx, "apn");
        programme.aktivieren(f.admin, "kim");

        FachlicherFehler nichtAktiv = catchThrowableOfType(() -> vorlagen.ausProgramm(f.ki,
                new ProgrammAntrag("durchstarten", KONSTITUIERT)), FachlicherFehler.class);
        assertThat(nichtAktiv.art()).isEqualTo(Art.UNGUELTIG);
        assertThat(nichtAktiv.feldfehler()).extracting(Feldfehler::feld, Feldfehler::code)
                .containsExactly(tuple("programm", "gremium.programm.nicht.aktiv"));
        assertThat(nichtAktiv.feldfehler().get(0).text(java.util.Locale.GERMAN)).contains("Durchstarten");
        assertThat(catchThrowableOfType(() -> vorlagen.vorlagen(f.leser, "gibt-es-nicht"), FachlicherFehler.class)
                .feldfehler()).extracting(Feldfehler::code).containsExactly("gremium.programm.nicht.aktiv");
        assertThat(catchThrowableOfType(() -> vorlagen.ausProgramm(f.leser, new ProgrammAntrag("kim", KONSTITUIERT)),
                FachlicherFehler.class).art()).isEqualTo(Art.VERBOTEN);
        assertThat(catchThrowableOfType(() -> vorlagen.ausProgramm(f.ki, new ProgrammAntrag("kim", null)),
                FachlicherFehler.class)
                .feldfehler()).extracting(Feldfehler::feld).containsExactly("konstituiertAm");
        assertThat(f.gremien.liste(f.ki, null)).isEmpty();
    }

    @Test
    void ueberHttp() {
        String slug = TestKreise.slug("aph");
        TestKreise.onboarden(ctx, slug);
        programme.aktivieren(TestKreise.admin(ctx, slug), "kim");
        var client = http.toBlocking();
        String admin = (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername",
                slug + ".admin", "passwort", TestKreise.ADMIN_PASSWORT)), Map.class).get("accessToken");

        List<Map> vorschau = client.retrieve(HttpRequest.GET("/api/gremien/vorlagen?programm=kim").bearerAuth(admin),
                Argument.listOf(Map.class));
        assertThat(vorschau).extracting(v -> v.get("name")).startsWith("Lenkungsgruppe")
                .contains("Arbeitsgruppe Strukturebene", "Arbeitsgruppe Fallebene");
        List<Map> angelegt = client.retrieve(HttpRequest.POST("/api/gremien/aus-programm",
                        Map.of("programm", "kim", "konstituiertAm", "2021-03-17")).bearerAuth(admin),
                Argument.listOf(Map.class));
        assertThat(angelegt).hasSize(4).extracting(g -> g.get("konstituiertAm")).containsOnly("2021-03-17");
        assertThat(angelegt.get(2).get("uebergeordnetId")).isEqualTo(angelegt.get(0).get("id"));

        HttpClientResponseException e = (HttpClientResponseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> client.exchange(HttpRequest.POST("/api/gremien/aus-programm", Map.of("programm", "durchstarten",
                        "konstituiertAm", "2021-03-17")).bearerAuth(admin), Map.class));
        assertThat(e.getResponse().code()).isEqualTo(400);
        assertThat((List<Map>) e.getResponse().getBody(Map.class).orElseThrow().get("errors"))
                .extracting(x -> x.get("field"), x -> x.get("code"))
                .containsExactly(tuple("programm", "gremium.programm.nicht.aktiv"));
    }
}
