package de.teilhabe.ui.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import de.teilhabe.platform.sicherheit.Rolle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: a KI coordinator of a Kreis with KIM builds a Lenkungsgruppe and an AG below it, holds a
 * meeting of the Lenkungsgruppe with an agenda item, a decision and a task for the AG, and exports the minutes
 * as PDF and XLSX. Screenshots: target/screenshots/gremien-*.png.
 */
class GremienBrowserTest {
    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-gremb", "kim");
        kreis.konto("ki", Rolle.KI_KOORDINATION);
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void lenkungsgruppeMitArbeitsgruppeSitzungBeschlussAuftragUndProtokollexport() throws IOException {
        Seite ki = kreis.angemeldet(kreis.slug + ".ki");
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
