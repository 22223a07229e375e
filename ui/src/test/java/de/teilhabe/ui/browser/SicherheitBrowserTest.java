package de.teilhabe.ui.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.FremderPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, headers and cookies of the UI: it sent no CSP, no X-Frame-Options / frame-ancestors, no nosniff, and
 * JSESSIONID had neither HttpOnly nor SameSite. Real Chromium signs in, opens the Kommunen list and the dialog for a
 * new Kommune, the accounts and the participants; every page carries the headers, the cookie its flags, and the
 * console shows no Content Security Policy violation on the way. Behind the TLS proxy (X-Forwarded-Proto: https) the
 * cookie is Secure and HSTS is sent; over plain HTTP neither, and neither when a client that is not the trusted proxy
 * writes the header itself.
 */
class SicherheitBrowserTest {
    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        // the test's loopback address is the trusted reverse proxy (as nginx on the same host would be)
        kreis = Testkreis.starten(Map.of("teilhabe.proxy.vertrauenswuerdig", "127.0.0.1, ::1"), "ui-sich");
    }

    @AfterAll
    static void beenden() {
        kreis.close();
    }

    @Test
    void kopfzeilenCookieUndKeineCspVerletzung() {
        String admin = kreis.konto("sadmin", Rolle.KREIS_ADMIN);
        Seite seite = kreis.neueSeite();
        Page page = seite.page();
        List<String> verletzungen = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                verletzungen.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");

        Response login = page.navigate(kreis.server.uiUrl() + "/login");
        seite.warten();
        schutzkoepfe(login.allHeaders());
        seite.anmelden(admin, Testkreis.PASSWORT);

        for (String pfad : List.of("kommunen", "benutzer", "teilnehmer")) {
            Response antwort = page.navigate(kreis.server.uiUrl() + "/" + pfad);
            seite.warten();
            schutzkoepfe(antwort.allHeaders());
        }
        seite.oeffnen("kommunen");
        seite.klicken("kommune-anlegen");
        assertThat(page.locator("#kommune-name")).isVisible();
        seite.eingeben("kommune-name", "Zons");
        page.keyboard().press("Escape");
        seite.warten();
        page.waitForTimeout(500);

        Cookie sitzung = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        assertThat(sitzung.httpOnly).isTrue();
        assertThat(sitzung.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(sitzung.secure).isFalse();
        assertThat(verletzungen).isEmpty();
    }

    @Test
    void hinterTlsSecureCookieUndHsts() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ueberTls = http.send(HttpRequest.newBuilder(URI.create(kreis.server.uiUrl() + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ueberTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).startsWith("max-age="));
        assertThat(sitzungscookie(ueberTls)).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");

        HttpResponse<String> ohneTls = http.send(HttpRequest.newBuilder(URI.create(kreis.server.uiUrl() + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ohneTls.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sitzungscookie(ohneTls)).contains("HttpOnly").doesNotContain("Secure");
        assertThat(ohneTls.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        FremderPeer.Antwort gefaelscht = FremderPeer.zufaellig().senden(URI.create(kreis.server.uiUrl()).toURL(), "GET",
                "/login", Map.of("X-Forwarded-Proto", "https"), null);
        assertThat(gefaelscht.status()).isEqualTo(200);
        assertThat(gefaelscht.koepfe()).containsKey("x-content-type-options")
                .doesNotContainKey("strict-transport-security");
        assertThat(gefaelscht.koepfe().getOrDefault("set-cookie", "")).doesNotContain("Secure");
    }

    private static String sitzungscookie(HttpResponse<?> antwort) {
        return antwort.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("kein JSESSIONID in " + antwort.headers().map()));
    }

    private static void schutzkoepfe(Map<String, String> koepfe) {
        assertThat(koepfe.get("content-security-policy")).contains("frame-ancestors 'none'")
                .contains("default-src 'self'").contains("object-src 'none'");
        assertThat(koepfe.get("x-frame-options")).isEqualTo("DENY");
        assertThat(koepfe.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(koepfe.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(koepfe).doesNotContainKey("strict-transport-security");
    }
}
