package de.teilhabe.platform.kreis;

import static de.teilhabe.platform.testing.ApiProbleme.problem;
import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.ApiProbleme.Problem;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a second Kreis with the name of one already on the platform (other case, blanks around) is refused with
 * 409 on {@code name}, naming the Kreis that has it — before a schema, a role or an account is created.
 */
@MicronautTest(transactional = false)
class KreisnameApiTest {

    @Inject ApplicationContext ctx;
    @Inject @Client("/") HttpClient http;

    @Test
    void zweiterKreisMitDemselbenNamenIstEinKonflikt() {
        BlockingHttpClient client = http.toBlocking();
        Datenbank db = new Datenbank(ctx);
        String betreiber = ApiKonten.token(client, "betrieb", TestKreise.BETREIBER_PASSWORT);
        String erster = TestKreise.slug("name-a");
        client.exchange(HttpRequest.POST("/api/betrieb/kreise", TestKreise.rknAntrag(erster)).bearerAuth(betreiber));
        String zweiter = TestKreise.slug("name-b");
        OnboardingAntrag vorlage = TestKreise.rknAntrag(zweiter);
        OnboardingAntrag gleicherName = new OnboardingAntrag(zweiter, "  rhein-kreis neuss (" + erster + ") ",
                vorlage.kommunen(), vorlage.admin());
        long kreise = db.anzahl("select count(*) from platform.kreis");

        Problem p = problem(client, HttpRequest.POST("/api/betrieb/kreise", gleicherName).bearerAuth(betreiber));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("kreis.name.vergeben");
        assertThat(p.feld()).containsEntry("field", "name").containsEntry("code", "kreis.name.vergeben")
                // the name was sent, and the other Kreis's short name stands in it: neither is repeated back
                .containsEntry("message", "Einen Kreis „…“ gibt es auf der Plattform schon (Kurzname „…“).");
        assertThat(db.anzahl("select count(*) from platform.kreis")).isEqualTo(kreise);
        String schema = "kreis_" + zweiter.replace('-', '_');
        assertThat(db.anzahl("select count(*) from information_schema.schemata where schema_name = '" + schema + "'"))
                .isZero();
        assertThat(db.anzahl("select count(*) from platform.benutzer where benutzername = '" + zweiter + ".admin'"))
                .isZero();
    }
}
