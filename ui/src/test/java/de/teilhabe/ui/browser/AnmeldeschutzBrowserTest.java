package de.teilhabe.ui.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page of the UI with the sign-in protection, behind a trusted proxy (the test's own loopback address):
 * the Kreis is chosen from {@code ?kreis=} and remembered for the next visit; a refusal shows the German text with the
 * wait; the client address comes from {@code X-Forwarded-For} as in the API, so two clients behind the proxy are
 * limited apart, and the failure is in the platform's audit log with that address.
 */
class AnmeldeschutzBrowserTest {
    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten(Map.of(
                "teilhabe.proxy.vertrauenswuerdig", "127.0.0.1, ::1",
                "teilhabe.anmeldung.konto.freie-fehlversuche", "1",
                "teilhabe.anmeldung.konto.erste-wartezeit", "1m",
                "teilhabe.anmeldung.adresse.max-fehlversuche", "4"), "ui-schutz");
    }

    @AfterAll
    static void beenden() {
        kreis.close();
    }

    @Test
    void kreisAusDerAdresseVorgewaehltUndFuerDenNaechstenBesuchGemerkt() {
        String konto = kreis.konto("kreiswahl", Rolle.CASE_MANAGEMENT);
        Seite seite = kreis.neueSeite();
        Page page = seite.page();
        seite.oeffnen("login?kreis=" + kreis.slug);
        Locator auswahl = page.locator("#anmeldung-kreis");
        assertThat(auswahl.locator("label[slot='label']")).hasText("Kreis"); // labelled: the select's own label slot
        assertThat(page.locator("#anmeldung-kreis vaadin-select-value-button"))
                .containsText(kreis.admin.kreisName());
        seite.anmelden(konto, Testkreis.PASSWORT);
        angemeldet(seite);

        BrowserContext profil = page.context();
        Cookie gemerkt = profil.cookies().stream().filter(c -> c.name.equals("teilhabe-kreis")).findFirst()
                .orElseThrow(() -> new AssertionError("kein Kreis-Cookie nach der Anmeldung"));
        assertThat(gemerkt.value).isEqualTo(kreis.slug);
        assertThat(gemerkt.httpOnly).isTrue();

        profil.clearCookies(); // signed out, the remembered Kreis kept
        profil.addCookies(List.of(gemerkt));
        seite.oeffnen("login");
        assertThat(page.locator("#anmeldung-kreis vaadin-select-value-button"))
                .containsText(kreis.admin.kreisName());
    }

    @Test
    void abweisungNenntDieWartezeitUndZweiClientsHinterDemProxyWerdenGetrenntBegrenzt() {
        String konto = kreis.konto("gebremst", Rolle.CASE_MANAGEMENT);
        String x = adresse();
        Seite angreifer = seite(x);
        angreifer.oeffnen("login?kreis=" + kreis.slug);
        anmeldenUndFehler(angreifer, konto, "falsch-1", "Benutzername oder Passwort ist falsch.");
        // the second failure of the account makes its next attempt wait a minute (configured above)
        anmeldenUndFehler(angreifer, konto, "falsch-2", "Benutzername oder Passwort ist falsch.");
        anmeldenUndFehler(angreifer, konto, Testkreis.PASSWORT,
                Pattern.compile("Zu viele fehlgeschlagene Anmeldungen\\. Bitte in (59|60) Sekunden erneut versuchen\\."));
        // four failures from x, whatever the names: the address is refused for the window, for every account
        anmeldenUndFehler(angreifer, "niemand-a-" + x, "falsch-3", "Benutzername oder Passwort ist falsch.");
        anmeldenUndFehler(angreifer, "niemand-b-" + x, "falsch-4", "Benutzername oder Passwort ist falsch.");
        anmeldenUndFehler(angreifer, kreis.konto("anderes", Rolle.CASE_MANAGEMENT), Testkreis.PASSWORT,
                Pattern.compile("Zu viele fehlgeschlagene Anmeldungen\\. Bitte in 10 Minuten erneut versuchen\\."));

        String anderes = kreis.konto("nebenan", Rolle.CASE_MANAGEMENT);
        Seite nebenan = seite(adresse());
        nebenan.oeffnen("login?kreis=" + kreis.slug);
        nebenan.anmelden(anderes, Testkreis.PASSWORT);
        angemeldet(nebenan);

        assertThat(new Datenbank(kreis.server.kontext()).spalte("select aktion from platform.audit_log"
                + " where aenderung like '%\"adresse\":\"" + x + "\"%' order by id"))
                .containsExactly("ANMELDUNG_FEHLGESCHLAGEN", "ANMELDUNG_FEHLGESCHLAGEN", "ANMELDUNG_GEBREMST",
                        "ANMELDUNG_FEHLGESCHLAGEN", "ANMELDUNG_FEHLGESCHLAGEN", "ANMELDUNG_GEBREMST");
    }

    /** Signed in: the sign-in page is left for the start page. */
    private static void angemeldet(Seite seite) {
        assertThat(seite.page().locator("vaadin-login-form")).hasCount(0);
        assertThat(seite.page()).not().hasURL(Pattern.compile(".*/login.*"));
    }

    /** A browser profile whose requests the proxy forwards for {@code adresse}. */
    private static Seite seite(String adresse) {
        Seite seite = kreis.neueSeite();
        seite.page().context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", adresse));
        return seite;
    }

    private static void anmeldenUndFehler(Seite seite, String benutzer, String passwort, String text) {
        seite.anmelden(benutzer, passwort);
        assertThat(meldung(seite)).hasText(text);
    }

    private static void anmeldenUndFehler(Seite seite, String benutzer, String passwort, Pattern text) {
        seite.anmelden(benutzer, passwort);
        assertThat(meldung(seite)).hasText(text);
    }

    private static Locator meldung(Seite seite) {
        return seite.page().locator("vaadin-login-form [part='error-message-description']");
    }

    private static String adresse() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
