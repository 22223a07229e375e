package de.teilhabe.platform.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link Dokument} as an XLSX workbook with one sheet: the title in the first row, then the blocks in
 * order with an empty row between them — headings bold, paragraphs as text in the first column, tables with a
 * bold header row. Column widths follow the longest cell within limits; all cells are text (dates stay
 * {@code 31.03.2021}).
 */
public final class XlsxSchreiber {

    private static final int MIN_BREITE = 10;
    private static final int MAX_BREITE = 60;

    private XlsxSchreiber() {
    }

    /** Writes the workbook to {@code out}; the stream is left open. */
    public static void schreiben(Dokument d, OutputStream out) {
        try (XSSFWorkbook mappe = new XSSFWorkbook()) {
            new Blatt(mappe, d.titel()).fuellen(d);
            mappe.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one sheet being filled, row by row, with the widest text seen per column. */
    private static final class Blatt {

        private final Sheet blatt;
        private final CellStyle titel;
        private final CellStyle fett;
        private final CellStyle kopf;
        private final CellStyle text;
        private int[] breiten = new int[0];
        private int zeile;

        Blatt(Workbook mappe, String name) {
            blatt = mappe.createSheet(WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Export"
                    : name));
            titel = stil(mappe, true, (short) 14, false);
            fett = stil(mappe, true, (short) 11, false);
            kopf = stil(mappe, true, (short) 11, true);
            text = mappe.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            text.setWrapText(true);
        }

        void fuellen(Dokument d) {
            zelle(blatt.createRow(zeile++), 0, d.titel(), titel, false);
            for (Dokument.Block block : d.bloecke()) {
                zeile++;
                if (block instanceof Dokument.Ueberschrift u) {
                    zelle(blatt.createRow(zeile++), 0, u.text(), fett, false);
                } else if (block instanceof Dokument.Absatz a) {
                    zelle(blatt.createRow(zeile++), 0, a.text(), null, false);
                } else {
                    tabelle((Dokument.Tabelle) block);
                }
            }
            for (int i = 0; i < breiten.length; i++) {
                int zeichen = Math.min(MAX_BREITE, Math.max(MIN_BREITE, breiten[i] + 2));
                blatt.setColumnWidth(i, zeichen * 256);
            }
        }

        private void tabelle(Dokument.Tabelle t) {
            reihe(t.spalten(), kopf);
            t.zeilen().forEach(z -> reihe(z, text));
        }

        private void reihe(List<String> werte, CellStyle stil) {
            Row r = blatt.createRow(zeile++);
            for (int i = 0; i < werte.size(); i++) {
                zelle(r, i, werte.get(i), stil, true);
            }
        }

        private void zelle(Row r, int spalte, String wert, CellStyle stil, boolean breiteMessen) {
            var c = r.createCell(spalte);
            c.setCellValue(wert == null ? "" : wert);
            if (stil != null) {
                c.setCellStyle(stil);
            }
            if (breiteMessen && wert != null) {
                if (spalte >= breiten.length) {
                    breiten = java.util.Arrays.copyOf(breiten, spalte + 1);
                }
                int laengsteZeile = wert.lines().mapToInt(String::length).max().orElse(0);
                breiten[spalte] = Math.max(breiten[spalte], laengsteZeile);
            }
        }

        private static CellStyle stil(Workbook mappe, boolean fett, short groesse, boolean tabellenkopf) {
            Font font = mappe.createFont();
            font.setBold(fett);
            font.setFontHeightInPoints(groesse);
            CellStyle stil = mappe.createCellStyle();
            stil.setFont(font);
            if (tabellenkopf) {
                stil.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                stil.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                stil.setBorderBottom(BorderStyle.THIN);
            }
            return stil;
        }
    }
}
