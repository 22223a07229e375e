package de.teilhabe.ui.browser;

import com.microsoft.playwright.Download;
import de.teilhabe.platform.bericht.RknStichtag31032021;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.StellenDemo;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDemo;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium: the KI coordination of a Kreis with the Rhein-Kreis Neuss's facts of 31.03.2021 opens the Stichtag
 * reports with their charts, downloads all reports as one XLSX (numbers as numbers), freezes the intake report
 * for a committee and reopens it. Screenshots: target/screenshots/berichte-*.png, all reports as berichte-alle.pdf.
 */
class BerichteBrowserTest {
    private static Testkreis kreis;

    @BeforeAll
    static void starten() throws Exception {
        kreis = Testkreis.starten("ui-berb", "durchstarten", "gemeinsam-klappts");
        kreis.konto("ki", Rolle.KI_KOORDINATION);
        kreis.bean(RknMassnahmen.class).anlegen(kreis.ki());
        kreis.bean(RknStichtag31032021.class).anlegen(kreis.slug, kreis.slug + ".cm");
        kreis.bean(StellenDemo.class).rkn(kreis.slug);
        kreis.bean(ZielgruppenbasisDemo.class).rkn(kreis.slug);
    }

    @AfterAll
    static void beenden() {
        if (kreis != null) {
            kreis.close();
        }
    }

    @Test
    void berichteMitDiagrammenMappeUndFestschreibung() throws Exception {
        Seite ki = kreis.angemeldet(kreis.slug + ".ki");
        ki.oeffnen("berichte");
        ki.waehlen("bericht-programm", "Gemeinsam klappt");
        ki.datum("bericht-stichtag", "31.03.2021");
        assertThat(ki.zelle("bericht-aufnahme", "204")).isVisible();
        assertThat(ki.zelle("bericht-zielgruppenbasis", "612")).isVisible();
        assertThat(ki.page().locator(".balkendiagramm").first()).containsText("Zielgruppe je Kommune");
        assertThat(ki.page().locator(".balkendiagramm .balken[title='Geduldete, Neuss: 59']")).isVisible();
        ki.foto("berichte-01-zielgruppe-und-aufnahme");
        ki.page().locator("#bericht-finanzierung").scrollIntoViewIfNeeded();
        ki.foto("berichte-02-finanzierung");

        Download mappe = ki.page().waitForDownload(() -> ki.page().locator("#mappe-xlsx").click());
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(mappe.path()))) {
            var blatt = xlsx.getSheet("Teilnehmende nach Kommune und A");
            var summe = java.util.stream.StreamSupport.stream(blatt.spliterator(), false)
                    .filter(z -> z.getCell(0) != null && "Summe".equals(z.getCell(0).toString())).findFirst().orElseThrow();
            assertThat(summe.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summe.getCell(5).getNumericCellValue()).isEqualTo(204.0);
            assertThat(xlsx.getNumberOfSheets()).isGreaterThanOrEqualTo(7);
        }

        Download pdf = ki.page().waitForDownload(() -> ki.page().locator("#mappe-pdf").click());
        byte[] inhalt = Files.readAllBytes(pdf.path());
        assertThat(new String(inhalt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.write(Browser.SCREENSHOTS.resolve("berichte-alle.pdf"), inhalt);

        ki.klicken("festschreiben-aufnahme");
        ki.eingeben("festschreiben-anlass", "Sozial- und Gesundheitsausschuss, 20.05.2021");
        ki.foto("berichte-03-festschreiben");
        ki.klicken("festschreiben-speichern");
        assertThat(ki.page().locator("vaadin-dialog-overlay")).hasCount(0);

        ki.oeffnen("berichte/staende");
        ki.waehlen("staende-programm", "Gemeinsam klappt");
        ki.zelle("staende", "Sozial- und Gesundheitsausschuss, 20.05.2021").click();
        ki.warten();
        assertThat(ki.zelle("stand", "204")).isVisible();
        ki.datum("vergleich-stichtag", "31.03.2021");
        ki.klicken("vergleichen");
        assertThat(ki.page().locator("#vergleich-gleich")).isVisible();
        ki.foto("berichte-04-festgeschrieben");
    }
}
