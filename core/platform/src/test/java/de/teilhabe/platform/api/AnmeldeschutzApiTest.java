package de.teilhabe.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.FremderPeer;
import de.teilhabe.platform.testing.StellbareUhr;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sign-in protection over real HTTP, with the test's own address 127.0.0.1 configured as the trusted reverse
 * proxy: refusals are 429 with {@code Retry-After}; two clients behind the proxy are limited apart; a client that is
 * not the proxy and writes {@code X-Forwarded-For} or {@code X-Forwarded-Proto} itself changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = StellbareUhr.AN, value = "true")
@Property(name = "teilhabe.proxy.vertrauenswuerdig", value = "127.0.0.1, ::1")
@Property(name = "teilhabe.anmeldung.adresse.max-fehlversuche", value = "3")
class AnmeldeschutzApiTest {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject ApplicationContext ctx;
    @Inject EmbeddedServer server;
    @Inject StellbareUhr uhr;
    @Inject @Client("/") HttpClient http;

    BlockingHttpClient client;
    String slug;

    @BeforeAll
    void kreis() {
        client = http.toBlocking();
        slug = TestKreise.slug("proxy");
        TestKreise.onboarden(ctx, slug);
    }

    @Test
    void zuVieleFehlversucheSind429MitRetryAfter() {
        for (int i = 0; i < 4; i++) {
            assertThat(status(anmelden(slug + ".admin", "falsch", slug, adresse()))).isEqualTo(401);
        }
        HttpResponse<?> antwort = fehler(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, adresse()));
        assertThat(antwort.code()).isEqualTo(429);
        assertThat(antwort.header("Retry-After")).isEqualTo("1");
        assertThat(antwort.getContentType()).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = antwort.getBody(JSON).orElseThrow();
        assertThat(problem).containsEntry("status", 429).containsEntry("code", "anmeldung.gesperrt")
                .containsEntry("detail", "Zu viele fehlgeschlagene Anmeldungen. Bitte in 1 Sekunde erneut versuchen.");
        assertThat(antwort.header("X-Content-Type-Options")).isEqualTo("nosniff");

        HttpResponse<?> englisch = fehler(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, adresse())
                .header("Accept-Language", "en"));
        assertThat(englisch.getBody(JSON).orElseThrow())
                .containsEntry("detail", "Too many failed sign-ins. Please try again in 1 second.");

        uhr.vorstellen(Duration.ofSeconds(1));
        assertThat(client.retrieve(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, adresse()), JSON))
                .containsEntry("kreis", slug);
    }

    @Test
    void zweiClientsHinterDemProxyWerdenGetrenntBegrenzt() {
        String a = adresse();
        String b = adresse();
        for (int i = 0; i < 3; i++) {
            assertThat(status(anmelden(name(), "falsch", slug, a))).isEqualTo(401);
        }
        HttpResponse<?> gesperrt = fehler(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, a));
        assertThat(gesperrt.code()).isEqualTo(429);
        assertThat(gesperrt.header("Retry-After")).isEqualTo("600");
        // what the client wrote left of the proxy's entry counts for nothing: this is still a
        assertThat(status(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, b + ", " + a))).isEqualTo(429);
        assertThat(client.retrieve(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, b), JSON))
                .containsEntry("kreis", slug);
        assertThat(client.retrieve(anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug, a + ", " + b), JSON))
                .containsEntry("kreis", slug);
    }

    @Test
    void gefaelschtesXForwardedForVonEinemFremdenPeerZaehltNicht() {
        FremderPeer peer = FremderPeer.zufaellig();
        for (int i = 0; i < 3; i++) {
            FremderPeer.Antwort a = peer.senden(server.getURL(), "POST", "/api/anmeldung",
                    Map.of("X-Forwarded-For", adresse()), zugang(name(), "falsch", slug));
            assertThat(a.status()).isEqualTo(401);
        }
        FremderPeer.Antwort gesperrt = peer.senden(server.getURL(), "POST", "/api/anmeldung",
                Map.of("X-Forwarded-For", adresse()), zugang(slug + ".admin", TestKreise.ADMIN_PASSWORT, slug));
        assertThat(gesperrt.status()).as("a fresh forged address does not escape the limit of the peer").isEqualTo(429);
        assertThat(gesperrt.koepfe()).containsKey("retry-after");
        assertThat(new Datenbank(ctx).spalte("select aenderung from platform.audit_log where aktion like 'ANMELDUNG_%'"
                + " and aenderung like '%\"adresse\":\"" + peer.adresse() + "\"%'")).hasSize(4);
    }

    @Test
    void xForwardedProtoZaehltNurVomVertrautenProxy() {
        HttpResponse<String> vomProxy = client.exchange(HttpRequest.GET("/health").header("X-Forwarded-Proto", "https"),
                String.class);
        assertThat(vomProxy.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        FremderPeer.Antwort gefaelscht = FremderPeer.zufaellig().senden(server.getURL(), "GET", "/health",
                Map.of("X-Forwarded-Proto", "https"), null);
        assertThat(gefaelscht.status()).isEqualTo(200);
        assertThat(gefaelscht.koepfe()).containsKey("x-content-type-options").doesNotContainKey("strict-transport-security");
    }

    private MutableHttpRequest<?> anmelden(String benutzername, String passwort, String kreis, String weitergeleitet) {
        return HttpRequest.POST("/api/anmeldung", Map.of("benutzername", benutzername, "passwort", passwort,
                "kreis", kreis)).header("X-Forwarded-For", weitergeleitet);
    }

    private static String zugang(String benutzername, String passwort, String kreis) {
        return "{\"benutzername\":\"" + benutzername + "\",\"passwort\":\"" + passwort + "\",\"kreis\":\"" + kreis
                + "\"}";
    }

    private int status(MutableHttpRequest<?> anfrage) {
        return fehler(anfrage).code();
    }

    private HttpResponse<?> fehler(MutableHttpRequest<?> anfrage) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.exchange(anfrage, Map.class));
        assertThat(e).as("the sign-in must fail").isNotNull();
        return e.getResponse();
    }

    private static String name() {
        return "geraten-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A client behind the proxy (documentation network 198.51.100.0/24 would be too small across runs). */
    private static String adresse() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
