package de.teilhabe.platform.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The PDF and XLSX writers, read back with the libraries' own readers. */
class DateiformatTest {

    static final Dokument LISTE = new Dokument("„Lenkungsgruppe – Mitgliederliste“", List.of(
            new Dokument.Absatz("Stand: 31.03.2021"),
            Dokument.Tabelle.von(List.of("Rolle", "Name", "Organisation"), List.of(
                    List.of("Vorsitz", "Dirk Brügge", "Rhein-Kreis Neuss"),
                    List.of("Geschäftsführung", "Jörg Weiß", "Kommunales Integrationszentrum"))),
            new Dokument.Ueberschrift("Unbesetzte Sitze"),
            Dokument.Tabelle.von(List.of("Rolle", "Funktion"), List.of(
                    List.of("Mitglied", "Leitung Agentur für Arbeit")))));

    @Test
    void pdfMitUmlautenLesbar() throws IOException {
        byte[] pdf = Dateiformat.PDF.bytes(LISTE);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("„Lenkungsgruppe – Mitgliederliste“", "Stand: 31.03.2021", "Dirk Brügge",
                "Geschäftsführung", "Jörg Weiß", "Unbesetzte Sitze", "Leitung Agentur für Arbeit");
        assertThat(Dateiformat.PDF.medientyp()).isEqualTo("application/pdf");
    }

    @Test
    void langeTabelleUeberMehrereSeitenMitKopfzeileAufJederSeite() throws IOException {
        List<List<String>> zeilen = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> List.of(String.valueOf(i), "Beschluss Nr. " + i + " über Maßnahmen")).toList();
        Dokument lang = new Dokument("Beschlüsse", List.of(Dokument.Tabelle.von(List.of("Nr.", "Beschluss"), zeilen)));

        PdfReader reader = new PdfReader(Dateiformat.PDF.bytes(lang));
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        String zweiteSeite = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(zweiteSeite).contains("Nr.", "Beschluss", "über Maßnahmen").doesNotContain("Beschlüsse\n");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()))
                .contains("Beschluss Nr. 120 über Maßnahmen");
    }

    @Test
    void xlsxMitTitelKopfzeileUndWerten() throws IOException {
        byte[] xlsx = Dateiformat.XLSX.bytes(LISTE);

        try (XSSFWorkbook mappe = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(mappe.getNumberOfSheets()).isEqualTo(1);
            Sheet blatt = mappe.getSheetAt(0);
            assertThat(text(blatt.getRow(0), 0)).isEqualTo("„Lenkungsgruppe – Mitgliederliste“");
            assertThat(mappe.getFontAt(blatt.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            List<List<String>> zeilen = zeilen(blatt);
            assertThat(zeilen).containsSubsequence(
                    List.of("„Lenkungsgruppe – Mitgliederliste“"),
                    List.of("Stand: 31.03.2021"),
                    List.of("Rolle", "Name", "Organisation"),
                    List.of("Vorsitz", "Dirk Brügge", "Rhein-Kreis Neuss"),
                    List.of("Geschäftsführung", "Jörg Weiß", "Kommunales Integrationszentrum"),
                    List.of("Unbesetzte Sitze"),
                    List.of("Rolle", "Funktion"),
                    List.of("Mitglied", "Leitung Agentur für Arbeit"));
            Row kopf = blatt.getRow(zeilenNummer(blatt, "Name"));
            assertThat(mappe.getFontAt(kopf.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(blatt.getColumnWidth(2)).isGreaterThan(blatt.getColumnWidth(0) / 2)
                    .isGreaterThanOrEqualTo("Kommunales Integrationszentrum".length() * 256);
        }
        assertThat(Dateiformat.XLSX.endung()).isEqualTo("xlsx");
        assertThat(Dateiformat.zurEndung("XLSX")).contains(Dateiformat.XLSX);
        assertThat(Dateiformat.zurEndung("doc")).isEmpty();
    }

    @Test
    void dateinameAusDemTitel() {
        assertThat(Herunterladen.dateiname("Mitgliederliste: Lenkungsgruppe – KIM/2021"))
                .isEqualTo("Mitgliederliste_Lenkungsgruppe-KIM_2021");
        assertThat(Herunterladen.dateiname("Protokoll: Bündniskerngruppe am 17.03.2021"))
                .isEqualTo("Protokoll_Bündniskerngruppe_am_17.03.2021");
        assertThat(Herunterladen.dateiname("„“")).isEqualTo("export");
    }

    private static List<List<String>> zeilen(Sheet blatt) {
        return IntStream.rangeClosed(0, blatt.getLastRowNum()).mapToObj(blatt::getRow)
                .filter(r -> r != null && r.getLastCellNum() > 0)
                .map(r -> IntStream.range(0, r.getLastCellNum()).mapToObj(i -> text(r, i)).toList()).toList();
    }

    private static int zeilenNummer(Sheet blatt, String wert) {
        return IntStream.rangeClosed(0, blatt.getLastRowNum()).filter(i -> blatt.getRow(i) != null
                && blatt.getRow(i).getLastCellNum() > 1 && wert.equals(text(blatt.getRow(i), 1))).findFirst()
                .orElseThrow();
    }

    private static String text(Row r, int spalte) {
        return r.getCell(spalte) == null ? "" : r.getCell(spalte).getStringCellValue();
    }
}
