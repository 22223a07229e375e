package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.testing.ApiKonten;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token follows its account: a role taken away, a deactivation and a new password take effect at the next request
 * of a token issued before — without a sign-out. (The UI's session: {@code SitzungFolgtKontoBrowserTest}.)
 */
@MicronautTest(transactional = false)
class SitzungFolgtKontoApiTest {

    @Inject ApplicationContext ctx;
    @Inject Benutzerverwaltung verwaltung;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    Nutzer admin;
    String name;
    String token;

    @BeforeEach
    void konto() {
        client = http.toBlocking();
        String slug = TestKreise.slug("folgt");
        TestKreise.onboarden(ctx, slug);
        admin = TestKreise.admin(ctx, slug);
        token = ApiKonten.konto(ctx, client, admin, "cm", Rolle.CASE_MANAGEMENT);
        name = slug + ".cm";
        assertThat(status(token)).isEqualTo(200);
    }

    @Test
    void entzogeneRolleGiltBeimNaechstenAufruf() {
        aendern(Set.of(Rolle.GREMIUM_LESERECHT), true, null);
        assertThat(status(token)).isEqualTo(403);

        aendern(Set.of(Rolle.CASE_MANAGEMENT), true, null);
        assertThat(status(token)).isEqualTo(200);
    }

    @Test
    void deaktiviertesKontoIstSofortAbgemeldet() {
        aendern(Set.of(Rolle.CASE_MANAGEMENT), false, null);
        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void neuesPasswortBeendetJedesAlteToken() {
        aendern(Set.of(Rolle.CASE_MANAGEMENT), true, "ein-ganz-neues-Passwort-7");
        assertThat(status(token)).isEqualTo(401);

        String neu = ApiKonten.token(client, name, "ein-ganz-neues-Passwort-7");
        assertThat(status(neu)).isEqualTo(200);
    }

    private void aendern(Set<Rolle> rollen, boolean aktiv, String passwort) {
        Konto k = verwaltung.liste(admin).stream().filter(x -> x.benutzername().equals(name)).findFirst()
                .orElseThrow();
        verwaltung.aendern(admin, k.id(), k.version(), new BenutzerDaten(name, "cm", rollen, aktiv, passwort));
    }

    private int status(String bearer) {
        HttpClientResponseException fehler = catchThrowableOfType(() -> client.exchange(
                HttpRequest.GET("/api/teilnehmer").bearerAuth(bearer)), HttpClientResponseException.class);
        return fehler == null ? 200 : fehler.getStatus().getCode();
    }
}
