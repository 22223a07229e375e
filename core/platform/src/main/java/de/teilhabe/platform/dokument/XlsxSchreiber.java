package de.teilhabe.platform.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
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
 * bold header row. Counts, posts, money and percentages are numeric cells and dates are date cells, formatted the
 * German way ({@code 1.234}, {@code 3,0}, {@code 1.170.000,00 €}, {@code 20,0 %}, {@code 31.03.2021}) so that a
 * council paper's tables can be summed in Excel; charts are left out. Column widths follow the longest cell within
 * limits.
 */
public final class XlsxSchreiber {

    private static final int MIN_BREITE = 10;
    private static final int MAX_BREITE = 60;

    private XlsxSchreiber() {
    }

    /** Writes the workbook to {@code out}; the stream is left open. */
    public static void schreiben(Dokument d, OutputStream out) {
        schreiben(List.of(d), out);
    }

    /** Several documents as one workbook, a sheet each (e.g. all reports of a Stichtag). */
    public static void schreiben(List<Dokument> dokumente, OutputStream out) {
        try (XSSFWorkbook mappe = new XSSFWorkbook()) {
            for (Dokument d : dokumente) {
                new Blatt(mappe, blattname(mappe, d.titel())).fuellen(d);
            }
            mappe.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet name Excel accepts (at most 31 characters, no {@code []:*?/\\}), unique in the workbook. */
    private static String blattname(Workbook mappe, String titel) {
        String basis = WorkbookUtil.createSafeSheetName(titel == null || titel.isBlank() ? "Export" : titel);
        String name = basis;
        for (int i = 2; mappe.getSheet(name) != null; i++) {
            String zusatz = " (" + i + ")";
            name = basis.substring(0, Math.min(basis.length(), 31 - zusatz.length())) + zusatz;
        }
        return name;
    }

    /** The one sheet being filled, row by row, with the widest text seen per column. */
    private static final class Blatt {

        private final Sheet blatt;
        private final CellStyle titel;
        private final CellStyle fett;
        private final CellStyle kopf;
        private final CellStyle text;
        private final Map<String, CellStyle> formate = new HashMap<>();
        private final Workbook mappe;
        private int[] breiten = new int[0];
        private int zeile;

        Blatt(Workbook mappe, String name) {
            this.mappe = mappe;
            blatt = mappe.createSheet(name);
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
                } else if (block instanceof Dokument.Tabelle t) {
                    tabelle(t);
                } else {
                    zeile--;
                }
            }
            for (int i = 0; i < breiten.length; i++) {
                int zeichen = Math.min(MAX_BREITE, Math.max(MIN_BREITE, breiten[i] + 2));
                blatt.setColumnWidth(i, zeichen * 256);
            }
        }

        private void tabelle(Dokument.Tabelle t) {
            Row r = blatt.createRow(zeile++);
            for (int i = 0; i < t.spalten().size(); i++) {
                zelle(r, i, t.spalten().get(i), kopf, true);
            }
            for (List<?> werte : t.zeilen()) {
                Row z = blatt.createRow(zeile++);
                for (int i = 0; i < werte.size(); i++) {
                    wert(z, i, werte.get(i));
                }
            }
        }

        private void wert(Row r, int spalte, Object wert) {
            String format = format(wert);
            if (format == null) {
                zelle(r, spalte, Zellen.text(wert), text, true);
                return;
            }
            Cell c = r.createCell(spalte);
            if (wert instanceof LocalDate d) {
                c.setCellValue(d);
            } else if (wert instanceof Dokument.Geld g) {
                c.setCellValue(g.betrag().doubleValue());
            } else if (wert instanceof Dokument.Prozent p) {
                c.setCellValue(p.wert().doubleValue());
            } else {
                c.setCellValue(((Number) wert).doubleValue());
            }
            c.setCellStyle(formate.computeIfAbsent(format, f -> {
                CellStyle s = mappe.createCellStyle();
                s.setDataFormat(mappe.createDataFormat().getFormat(f));
                s.setVerticalAlignment(VerticalAlignment.TOP);
                return s;
            }));
            merken(spalte, Zellen.text(wert));
        }

        /** Excel's number format for a typed cell; {@code null} for text. */
        private static String format(Object wert) {
            if (wert instanceof Integer || wert instanceof Long) {
                return "#,##0";
            }
            if (wert instanceof BigDecimal) {
                return "#,##0.0##";
            }
            if (wert instanceof Dokument.Geld) {
                return "#,##0.00 \"€\"";
            }
            if (wert instanceof Dokument.Prozent) {
                return "0.0 \"%\"";
            }
            return wert instanceof LocalDate ? "dd.mm.yyyy" : null;
        }

        private void zelle(Row r, int spalte, String wert, CellStyle stil, boolean breiteMessen) {
            var c = r.createCell(spalte);
            c.setCellValue(wert == null ? "" : wert);
            if (stil != null) {
                c.setCellStyle(stil);
            }
            if (breiteMessen && wert != null) {
                merken(spalte, wert);
            }
        }

        private void merken(int spalte, String wert) {
            if (spalte >= breiten.length) {
                breiten = Arrays.copyOf(breiten, spalte + 1);
            }
            int laengsteZeile = wert.lines().mapToInt(String::length).max().orElse(0);
            breiten[spalte] = Math.max(breiten[spalte], laengsteZeile);
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
