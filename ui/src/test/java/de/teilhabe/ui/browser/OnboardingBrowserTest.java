package de.teilhabe.ui.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.TeilhabeServer;
import de.teilhabe.ui.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium against the in-process server: the operator onboards a Kreis through the wizard and cannot export
 * it; its admin signs in, sees the Kommunen, cannot open the operator's tenant list and grants the export; the
 * operator downloads it once and removes the Kreis.
 */
class OnboardingBrowserTest {
    private static TeilhabeServer server;
    private static Browser browser;

    @BeforeAll
    static void starten() throws Exception {
        server = TestServer.starten(Map.of("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT));
        browser = new Browser();
    }

    @AfterAll
    static void beenden() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void betreiberLegtKreisAnUndDessenAdminSiehtSeineKommunen() {
        String slug = TestKreise.slug("ui");
        // the browser asks for English: German must still be the default
        Seite betrieb = new Seite(browser.neueSeite("en-US"), server.uiUrl());
        betrieb.oeffnen("");
        assertThat(betrieb.page()).hasURL(server.uiUrl() + "/login");
        betrieb.foto("01-anmeldung");

        betrieb.anmelden("betrieb", "falsch-falsch");
        assertThat(betrieb.page().locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        betrieb.foto("02-anmeldung-fehler");

        betrieb.anmelden("betrieb", TestKreise.BETREIBER_PASSWORT);
        assertThat(betrieb.page().locator("#kreise")).isVisible();
        assertThat(betrieb.page().locator("#kopf-mandant")).hasText("Plattformbetrieb");
        betrieb.foto("03-kreise");

        kreisImAssistentenAnlegen(betrieb, slug);
        betrieb.eingeben("kreise-suche", slug);
        // exactly one row on screen: the slug cell of the new Kreis (hidden rows of the unfiltered list do not count)
        assertThat(betrieb.sichtbareZelle("kreise", slug)).hasCount(1);
        betrieb.foto("08-kreis-angelegt");
        assertThat(exportKnopf(betrieb, slug)).isDisabled();
        assertThat(betrieb.sichtbareZelle("kreise",
                "Keine Freigabe – die Kreis-Administration muss den Export freigeben.")).hasCount(1);
        betrieb.klicken("abmelden");
        assertThat(betrieb.page()).hasURL(server.uiUrl() + "/login");

        Seite admin = new Seite(browser.neueSeite("de-DE"), server.uiUrl());
        admin.oeffnen("login");
        admin.anmelden(slug + ".admin", TestKreise.ADMIN_PASSWORT);
        assertThat(admin.page().locator("#kommunen")).isVisible();
        assertThat(admin.page().locator("#kopf-mandant")).hasText("Kreis Teststadt (" + slug + ")");
        assertThat(admin.zelle("kommunen", "Neustadt")).isVisible();
        assertThat(admin.zelle("kommunen", "Altdorf")).isVisible();
        assertThat(admin.zelle("kommunen", "ABH Neustadt")).isVisible();
        assertThat(admin.page().locator("#navigation")).not().containsText("Kreise");
        admin.foto("09-admin-kommunen");
        kommuneImDialog(admin);

        admin.klicken("sprache");
        assertThat(admin.page().locator("h2")).hasText("Municipalities");
        admin.foto("09c-admin-kommunen-englisch");
        admin.klicken("sprache");
        assertThat(admin.page().locator("h2")).hasText("Kommunen");
        admin.oeffnen("audit");
        assertThat(admin.zelle("audit", slug + ".admin").first()).isVisible();
        admin.foto("09d-admin-audit");

        admin.oeffnen("betrieb/kreise");
        assertThat(admin.page().locator("#kein-zugriff")).isVisible();
        assertThat(admin.page().locator("#kreise")).hasCount(0);
        admin.foto("10-admin-kein-zugriff");
        admin.oeffnen("betrieb/onboarding");
        assertThat(admin.page().locator("#kein-zugriff")).isVisible();
        exportFreigeben(admin);

        betrieb.oeffnen("login");
        betrieb.anmelden("betrieb", TestKreise.BETREIBER_PASSWORT);
        betrieb.eingeben("kreise-suche", slug);
        assertThat(betrieb.sichtbareZelle("kreise", slug)).hasCount(1);
        assertThat(betrieb.page().locator("#kreise vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Freigegeben für einen Download bis").setVisible(true)))
                .hasCount(1);
        exportHerunterladen(betrieb, slug);
        // the grant is used up: after a refresh the export is disabled again
        betrieb.klicken("kreise-aktualisieren");
        assertThat(exportKnopf(betrieb, slug)).isDisabled();
        kreisEntfernen(betrieb, slug);
    }

    private static void kreisImAssistentenAnlegen(Seite s, String slug) {
        s.klicken("kreis-onboarding");
        s.eingeben("onboarding-name", "Kreis Teststadt (" + slug + ")");
        s.eingeben("onboarding-slug", "Kein Slug!");
        s.klicken("onboarding-weiter");

        s.eingeben("kommune-0-name", "Neustadt");
        s.ankreuzen("kommune-0-abh");
        s.ankreuzen("kommune-0-jugendamt");
        s.klicken("kommune-hinzufuegen");
        s.eingeben("kommune-1-name", "Altdorf");
        s.waehlen("kommune-1-abh-zustaendig", "Neustadt");
        s.klicken("kommune-hinzufuegen");
        s.eingeben("kommune-2-name", "Bergheim");
        s.foto("04-assistent-kommunen");
        s.klicken("onboarding-weiter");

        s.eingeben("admin-anzeigename", "Admin Teststadt");
        s.eingeben("admin-benutzername", slug + ".admin");
        s.eingeben("admin-passwort", TestKreise.ADMIN_PASSWORT);
        s.klicken("onboarding-weiter");
        assertThat(s.page().locator("#onboarding-zusammenfassung")).containsText("Altdorf");
        s.foto("05-assistent-zusammenfassung");

        // the illegal slug comes back as a German field message at step 1
        s.klicken("onboarding-anlegen");
        assertThat(s.page().locator("#onboarding-slug")).hasAttribute("invalid", "");
        assertThat(s.page().locator("#onboarding-slug [slot=error-message]")).not().isEmpty();
        s.foto("06-assistent-feldfehler");

        s.eingeben("onboarding-slug", slug);
        s.klicken("onboarding-weiter");
        s.klicken("onboarding-weiter");
        s.klicken("onboarding-weiter");
        s.foto("07-assistent-bereit");
        s.klicken("onboarding-anlegen");
        assertThat(s.page().locator("#kreise")).isVisible();
    }

    /** Empty name → German field message from the platform; then a valid Kommune. */
    private static void kommuneImDialog(Seite s) {
        s.klicken("kommune-anlegen");
        s.klicken("kommune-speichern");
        assertThat(s.page().locator("#kommune-name")).hasAttribute("invalid", "");
        assertThat(s.page().locator("#kommune-name [slot=error-message]")).not().isEmpty();
        s.foto("09b-admin-kommune-feldfehler");
        s.eingeben("kommune-name", "Neudorf");
        s.waehlen("kommune-abh-zustaendig", "Neustadt");
        s.klicken("kommune-speichern");
        assertThat(s.zelle("kommunen", "Neudorf")).isVisible();
    }

    /** The Kreis admin grants the operator one export; the grant stands in the Kreis's audit log. */
    private static void exportFreigeben(Seite s) {
        s.oeffnen("datenschutz/exportfreigabe");
        s.eingeben("exportfreigabe-zweck", "Sicherung vor dem Offboarding");
        s.klicken("exportfreigabe-erteilen");
        assertThat(s.page().locator("#exportfreigabe-stand")).containsText("Offene Freigabe bis");
        assertThat(s.zelle("exportfreigaben", "Sicherung vor dem Offboarding")).isVisible();
        s.foto("10b-admin-exportfreigabe");
        s.oeffnen("audit");
        assertThat(s.zelle("audit", "EXPORT_FREIGEGEBEN")).isVisible();
    }

    /**
     * The Kreis's export button on screen: the grid keeps the rows a filter hides, with the components they showed,
     * so the same button can stand in a hidden row as well.
     */
    private static Locator exportKnopf(Seite s, String slug) {
        return s.page().locator("vaadin-button.kreis-export[data-slug='" + slug + "']")
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void exportHerunterladen(Seite s, String slug) {
        Page page = s.page();
        Download download = page.waitForDownload(() ->
                page.locator(".kreis-export[data-slug='" + slug + "'] vaadin-button:visible").first().click());
        assertThat(download.suggestedFilename()).isEqualTo(slug + "-export.zip");
        try {
            byte[] zip = Files.readAllBytes(download.path());
            assertThat(zip).startsWith('P', 'K');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void kreisEntfernen(Seite s, String slug) {
        s.page().locator(".kreis-offboarding[data-slug='" + slug + "']")
                .filter(new Locator.FilterOptions().setVisible(true)).click();
        s.warten();
        assertThat(s.page().locator("#offboarding-entfernen")).isDisabled();
        s.page().locator("#offboarding-bestaetigung input").fill(slug);
        s.warten();
        s.foto("11-offboarding");
        s.klicken("offboarding-entfernen");
        assertThat(s.page().locator("vaadin-notification-card")).containsText("wurde entfernt");
        s.oeffnen("betrieb/kreise");
        s.eingeben("kreise-suche", slug);
        s.warten();
        assertThat(s.sichtbareZelle("kreise", slug)).hasCount(0);
    }
}
