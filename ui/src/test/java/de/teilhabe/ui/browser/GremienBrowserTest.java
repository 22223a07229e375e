package de.teilhabe.ui.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.TeilhabeServer;
import de.teilhabe.ui.TestServer;
import de.teilhabe.ui.konfiguration.MitProgrammen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: a KI coordinator of a Kreis with KIM builds a Lenkungsgruppe and an AG below it, holds a
 * meeting of the Lenkungsgruppe with an agenda item, a decision and a task for the AG, and exports the minutes
 * as PDF and XLSX. Screenshots: target/screenshots/gremien-*.png.
 */
class GremienBrowserTest {
    private static final String PASSWORT = "ki-gremien-browser-test";
    private static TeilhabeServer server;
    private static Browser browser;
    private static String slug;

    @BeforeAll
    static void starten() throws Exception {
        server = TestServer.starten(Map.of("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT,
                "teilhabe.plugins.verzeichnis", MitProgrammen.pluginVerzeichnis().toString()));
        slug = TestKreise.slug("ui-gremb");
        TestKreise.onboarden(server.kontext(), slug);
        Nutzer admin = TestKreise.admin(server.kontext(), slug);
        server.kontext().getBean(ProgrammDienst.class).aktivieren(admin, "kim");
        server.kontext().getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(slug + ".ki",
                "KI-Koordination Test", Set.of(Rolle.KI_KOORDINATION), true, PASSWORT));
        browser = new Browser();
    }

    @AfterAll
    static void beenden() {
        if (browser != null) {
            browser.close();
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
    void lenkungsgruppeMitArbeitsgruppeSitzungBeschlussAuftragUndProtokollexport() throws IOException {
        Seite ki = new Seite(browser.neueSeite("de-DE"), server.uiUrl());
        ki.oeffnen("login");
        ki.anmelden(slug + ".ki", PASSWORT);
        assertThat(ki.page().locator("#navigation")).containsText("Gremien");

        ki.oeffnen("gremien");
        assertThat(ki.page().locator("#struktur-leer")).isVisible();
        gremiumAnlegen(ki, "Lenkungsgruppe KIM", "Lenkungsgruppe", null);
        ki.page().locator("#gremium-aufgaben textarea").fill("Strategische Steuerung von KIM\nAufträge an die Arbeitsgruppen");
        ki.foto("gremien-01-lenkungsgruppe-dialog");
        ki.klicken("gremium-speichern");
        gremiumAnlegen(ki, "AG Strukturebene", "Arbeitsgruppe", "Lenkungsgruppe KIM");
        ki.page().locator("#gremium-abstand input").fill("14");
        ki.klicken("gremium-speichern");
        assertThat(ki.page().locator("vaadin-dialog-overlay")).hasCount(0);
        Locator lenkung = ki.page().locator(".organigramm > .organigramm-zweig")
                .filter(new Locator.FilterOptions().setHas(ki.page().locator("[data-gremium='Lenkungsgruppe KIM']")));
        assertThat(lenkung.locator(".organigramm-unten [data-gremium='AG Strukturebene']")).isVisible();
        assertThat(lenkung.locator("[data-gremium='AG Strukturebene']")).containsText("alle 14 Tage");
        ki.foto("gremien-02-struktur");

        ki.page().locator("[data-gremium='Lenkungsgruppe KIM'] .gremium-name").click();
        ki.warten();
        assertThat(ki.page().locator("#gremium-titel")).hasText("Lenkungsgruppe KIM");
        ki.klicken("mitglied-anlegen");
        ki.klicken("mitglied-person-neu");
        ki.eingeben("person-name", "Dirk Brügge");
        ki.klicken("person-speichern");
        ki.waehlen("mitglied-rolle", "Vorsitz");
        ki.eingeben("mitglied-funktion", "Kreisdirektor");
        ki.eingeben("mitglied-organisation", "Rhein-Kreis Neuss");
        ki.waehlen("mitglied-art", "Kreisverwaltung");
        ki.foto("gremien-03-mitglied-dialog");
        ki.klicken("mitglied-speichern");
        assertThat(ki.zelle("mitglieder", "Dirk Brügge")).isVisible();
        ki.foto("gremien-04-lenkungsgruppe");

        ki.klicken("sitzung-anlegen");
        ki.datum("sitzung-datum", "10.05.2021");
        ki.eingeben("sitzung-titel", "Erste Sitzung");
        ki.klicken("sitzung-speichern");
        assertThat(ki.page().locator("#sitzung-kopf"))
                .containsText("Sitzung am 10.05.2021");
        ki.klicken("top-neu");
        ki.page().locator(".top-titel input").first().fill("Versorgungslücke Sprachkurse mit Kinderbetreuung");
        ki.page().locator(".top-ergebnis textarea").first().fill("Die AG Strukturebene soll ein Angebot vorbereiten.");
        ki.waehlen(ki.page().locator("#anwesenheit .teilnahme").first(), "anwesend");
        ki.page().locator("#protokoll-text textarea").fill("Die Fallebene hat eine Versorgungslücke gemeldet.");
        ki.klicken("protokoll-speichern");
        ki.page().locator("#beschluss-text textarea").fill("Die AG Strukturebene entwickelt ein Sprachkursangebot mit Kinderbetreuung.");
        ki.klicken("beschluss-fassen");
        assertThat(ki.page().locator("#beschluesse")).containsText("Beschluss 1:");
        ki.klicken("auftrag-anlegen");
        ki.page().locator("#auftrag-text textarea").fill("Konzept für Sprachkurse mit Kinderbetreuung vorlegen");
        ki.auswaehlen("auftrag-gremium", "AG Strukturebene");
        ki.klicken("auftrag-speichern");
        assertThat(ki.page().locator("#auftrag-faellig")).hasAttribute("invalid", "");
        ki.foto("gremien-05-auftrag-ohne-faelligkeit");
        ki.datum("auftrag-faellig", "30.09.2021");
        ki.klicken("auftrag-speichern");
        assertThat(ki.zelle("sitzung-auftraege", "AG Strukturebene")).isVisible();
        assertThat(ki.zelle("sitzung-auftraege", "30.09.2021")).isVisible();
        ki.foto("gremien-06-protokoll");

        Download pdf = ki.page().waitForDownload(() -> ki.page().locator("#protokoll-pdf").click());
        byte[] inhalt = Files.readAllBytes(pdf.path());
        assertThat(new String(inhalt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).endsWith(".pdf").contains("Lenkungsgruppe");
        Download xlsx = ki.page().waitForDownload(() -> ki.page().locator("#protokoll-xlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        try (var mappe = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            StringBuilder text = new StringBuilder();
            mappe.getSheetAt(0).forEach(zeile -> zeile.forEach(zelle -> text.append(zelle.toString()).append(' ')));
            assertThat(text.toString()).contains("Die AG Strukturebene entwickelt ein Sprachkursangebot")
                    .contains("Konzept für Sprachkurse mit Kinderbetreuung vorlegen").contains("30.09.2021");
        }
        Path ablage = Browser.SCREENSHOTS.resolve("gremien-protokoll.pdf");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(ablage, inhalt);

        ki.oeffnen("gremien/auftraege");
        assertThat(ki.zelle("auftraege", "Konzept für Sprachkurse mit Kinderbetreuung vorlegen")).isVisible();
        ki.foto("gremien-07-auftraege");
    }

    private static void gremiumAnlegen(Seite ki, String name, String typ, String oben) {
        ki.klicken("struktur-anlegen");
        ki.eingeben("gremium-name", name);
        ki.waehlen("gremium-typ", typ);
        if (oben != null) {
            ki.auswaehlen("gremium-uebergeordnet", oben);
        }
        ki.datum("gremium-konstituiert", "17.03.2021");
    }
}
