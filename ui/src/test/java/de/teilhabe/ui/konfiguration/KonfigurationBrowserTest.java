package de.teilhabe.ui.konfiguration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.ui.TeilhabeServer;
import de.teilhabe.ui.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real Chromium against the in-process server with the program plugins: a KI coordinator signs in, adds
 * Förderbaustein 1 of "Durchstarten" from the catalog, creates a provider and a Maßnahme (first with a missing
 * provider, then complete), starts it, and looks at the Programmübersicht. Screenshots: target/screenshots/konfiguration-*.png.
 */
class KonfigurationBrowserTest {
    private static final Path FOTOS = Paths.get("target", "screenshots");
    private static final String PASSWORT = "ki-koordination-browser-test";
    private static TeilhabeServer server;
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;
    private static String slug;
    private Page page;

    @BeforeAll
    static void starten() throws Exception {
        String pfad = System.getProperty("chromium.path", "/usr/bin/chromium");
        if (!Files.isExecutable(Paths.get(pfad))) {
            throw new IllegalStateException("Kein Chromium unter " + pfad
                    + ": apt-get install -y chromium (oder -Dchromium.path=..., oder -DskipBrowserTests=true)");
        }
        server = TestServer.starten(Map.of("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT,
                "teilhabe.plugins.verzeichnis", MitProgrammen.pluginVerzeichnis().toString()));
        slug = TestKreise.slug("ui-konf");
        TestKreise.onboarden(server.kontext(), slug);
        Nutzer admin = TestKreise.admin(server.kontext(), slug);
        server.kontext().getBean(ProgrammDienst.class).aktivieren(admin, "durchstarten");
        server.kontext().getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(slug + ".ki",
                "KI-Koordination Test", Set.of(Rolle.KI_KOORDINATION), true, PASSWORT));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(pfad))
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void beenden() {
        if (chromium != null) {
            chromium.close();
            playwright.close();
        }
        if (server != null) {
            try {
                server.kontext().getBean(KreisVerwaltung.class).offboarden(TestKreise.betreiber(server.kontext()), slug, slug);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void kiKonfiguriertBausteinTraegerUndMassnahme() {
        BrowserContext kontext = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900).setLocale("de-DE"));
        page = kontext.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(server.uiUrl() + "/login");
        warten();
        page.locator("#vaadinLoginUsername input").fill(slug + ".ki");
        page.locator("#vaadinLoginPassword input").fill(PASSWORT);
        page.locator("vaadin-login-form vaadin-button").first().click();
        warten();
        assertThat(page.locator("#navigation")).containsText("Maßnahmen");
        assertThat(page.locator("#navigation")).containsText("Förderbausteine");

        // Förderbaustein 1 from the catalog: the platform's suggestion fills period and state share
        oeffnen("konfiguration/bausteine");
        assertThat(page.locator("h2")).hasText("Förderbausteine");
        klicken("baustein-anlegen");
        waehlen("baustein-katalog", "FB 1");
        assertThat(page.locator("#baustein-beginn input")).not().hasValue("");
        page.locator("#baustein-budget input").fill("250000");
        page.locator("#baustein-budget input").press("Tab");
        page.locator("#baustein-notizen textarea").fill("Sammelantrag des Kreises");
        foto("konfiguration-01-baustein-dialog");
        klicken("baustein-speichern");
        assertThat(zelle("bausteine", "FB 1")).isVisible();
        assertThat(zelle("bausteine", "250.000,00 €")).isVisible();
        foto("konfiguration-02-bausteine");

        // a provider serving two Kommunen
        oeffnen("konfiguration/traeger");
        klicken("traeger-anlegen");
        page.locator("#traeger-name input").fill("Technologiezentrum Glehn GmbH");
        page.locator("#traeger-kurzname input").fill("TZG");
        page.locator("#traeger-rechtsform input").fill("GmbH");
        mehrfach("traeger-kommunen", "Jüchen");
        mehrfach("traeger-kommunen", "Meerbusch");
        klicken("traeger-kontakt-neu");
        page.locator(".kontakt-name input").first().fill("Frau Beispiel");
        foto("konfiguration-03-traeger-dialog");
        klicken("traeger-speichern");
        assertThat(zelle("traeger", "TZG")).isVisible();
        foto("konfiguration-04-traeger");

        // a Maßnahme: first without provider (field error), then complete
        oeffnen("konfiguration/massnahmen");
        klicken("massnahme-anlegen");
        auswahl("massnahme-baustein", "FB 1");
        mehrfach("massnahme-kommunen", "Jüchen");
        page.locator("#massnahme-start input").fill("01.10.2020");
        page.locator("#massnahme-start input").press("Enter");
        page.locator("#massnahme-kapazitaet input").fill("12");
        page.locator("#massnahme-anfang-ab input").fill("01.09.2020");
        page.locator("#massnahme-anfang-ab input").press("Enter");
        klicken("massnahme-speichern");
        assertThat(page.locator("#massnahme-traeger")).hasAttribute("invalid", "");
        assertThat(page.locator("#massnahme-traeger")).containsText("Bitte ausfüllen.");
        foto("konfiguration-05-massnahme-fehler");
        auswahl("massnahme-traeger", "TZG");
        klicken("massnahme-speichern");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(zelle("massnahmen", "01.10.2020")).isVisible();
        assertThat(zelle("massnahmen", "geplant")).isVisible();
        foto("konfiguration-06-massnahmen");

        // it starts
        page.locator("#massnahmen .massnahme-status").first().click();
        warten();
        waehlen("status-neu", "laufend");
        page.locator("#status-ab input").fill("05.10.2020");
        page.locator("#status-ab input").press("Enter");
        foto("konfiguration-07-status-dialog");
        klicken("status-speichern");
        assertThat(zelle("massnahmen", "laufend")).isVisible();
        auswahl("filter-status", "laufend");
        assertThat(page.locator("#massnahmen-anzahl")).hasText("1 Maßnahmen");
        foto("konfiguration-08-massnahmen-gefiltert");

        oeffnen("konfiguration/uebersicht");
        assertThat(page.locator("#uebersicht-status")).containsText("laufend: 1");
        assertThat(page.locator("#uebersicht-bausteine")).isVisible();
        foto("konfiguration-09-programmuebersicht");
        kontext.close();
    }

    private void oeffnen(String pfad) {
        page.navigate(server.uiUrl() + "/" + pfad);
        warten();
    }

    private void klicken(String id) {
        page.locator("#" + id).click();
        warten();
    }

    /** A vaadin-select: open it, click the entry. */
    private void waehlen(String id, String eintrag) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(eintrag)).first().click();
        warten();
    }

    /** A vaadin-combo-box: type, click the entry. */
    private void auswahl(String id, String eintrag) {
        page.locator("#" + id + " input").fill(eintrag);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(eintrag)).first().click();
        warten();
    }

    /** A vaadin-multi-select-combo-box: type, click the entry, close. */
    private void mehrfach(String id, String eintrag) {
        page.locator("#" + id + " input").fill(eintrag);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(eintrag)).first().click();
        page.locator("#" + id + " input").press("Escape");
        warten();
    }

    private Locator zelle(String tabelle, String text) {
        return page.locator("#" + tabelle + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private void warten() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private void foto(String name) {
        warten();
        page.waitForTimeout(300);
        try {
            Files.createDirectories(FOTOS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(FOTOS.resolve(name + ".png")).setFullPage(true));
    }
}
