package de.teilhabe.platform.dokument;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Renders a {@link Dokument} as an A4 PDF: the title, headings, paragraphs, bar charts ({@link PdfDiagramm}) and
 * tables whose header row is repeated on every page, numbers aligned right, with the page number at the bottom. Helvetica in Windows-1252 covers the German umlauts, ß, the
 * en dash and the typographic quotes.
 */
public final class PdfSchreiber {

    private static final BaseFont SCHRIFT = schrift(BaseFont.HELVETICA);
    private static final BaseFont FETT = schrift(BaseFont.HELVETICA_BOLD);
    private static final Font TITEL = new Font(FETT, 16);
    private static final Font UEBERSCHRIFT = new Font(FETT, 12);
    private static final Font TEXT = new Font(SCHRIFT, 10);
    private static final Font KOPF = new Font(FETT, 9);
    private static final Font ZELLE = new Font(SCHRIFT, 9);
    private static final Color KOPF_HINTERGRUND = new Color(0xE8, 0xEC, 0xF0);

    private PdfSchreiber() {
    }

    /** Writes the document to {@code out}; the stream is left open. */
    public static void schreiben(Dokument d, OutputStream out) {
        schreiben(List.of(d), out);
    }

    /** Several documents in one PDF, each starting on a new page. */
    public static void schreiben(List<Dokument> dokumente, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Seitenzahl());
            pdf.addTitle(dokumente.isEmpty() ? "" : dokumente.get(0).titel());
            pdf.open();
            for (Dokument d : dokumente) {
                pdf.newPage();
                Paragraph titel = new Paragraph(d.titel(), TITEL);
                titel.setSpacingAfter(12);
                pdf.add(titel);
                for (Dokument.Block block : d.bloecke()) {
                    pdf.add(block instanceof Dokument.Diagramm g ? PdfDiagramm.zeichnen(g, writer,
                            pdf.right() - pdf.left(), SCHRIFT) : element(block));
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF konnte nicht erzeugt werden", e);
        }
    }

    private static Element element(Dokument.Block block) {
        if (block instanceof Dokument.Ueberschrift u) {
            Paragraph p = new Paragraph(u.text(), UEBERSCHRIFT);
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            return p;
        }
        if (block instanceof Dokument.Absatz a) {
            Paragraph p = new Paragraph(a.text(), TEXT);
            p.setSpacingAfter(6);
            return p;
        }
        return tabelle((Dokument.Tabelle) block);
    }

    private static PdfPTable tabelle(Dokument.Tabelle t) {
        PdfPTable tabelle = new PdfPTable(Math.max(1, t.spalten().size()));
        tabelle.setWidthPercentage(100);
        if (!t.spalten().isEmpty()) {
            setzeBreiten(tabelle, t);
        }
        tabelle.setHeaderRows(t.zeilen().isEmpty() ? 0 : 1); // a table of header rows only would not be drawn
        tabelle.setSpacingBefore(4);
        tabelle.setSpacingAfter(8);
        for (String spalte : t.spalten()) {
            PdfPCell zelle = zelle(spalte, KOPF);
            zelle.setBackgroundColor(KOPF_HINTERGRUND);
            tabelle.addCell(zelle);
        }
        if (t.spalten().isEmpty()) {
            tabelle.addCell(zelle("", KOPF));
        }
        for (List<?> zeile : t.zeilen()) {
            for (int i = 0; i < tabelle.getNumberOfColumns(); i++) {
                Object wert = i < zeile.size() ? zeile.get(i) : "";
                PdfPCell zelle = zelle(Zellen.text(wert), ZELLE);
                if (Zellen.zahl(wert)) {
                    zelle.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                tabelle.addCell(zelle);
            }
        }
        return tabelle;
    }

    /** Column widths by the longest text in each column (header included), between 4 and 40 characters, plus padding. */
    private static void setzeBreiten(PdfPTable tabelle, Dokument.Tabelle t) {
        float[] breiten = new float[t.spalten().size()];
        for (int i = 0; i < breiten.length; i++) {
            int laengste = t.spalten().get(i).length();
            for (List<?> zeile : t.zeilen()) {
                laengste = Math.max(laengste, i < zeile.size() ? Zellen.text(zeile.get(i)).length() : 0);
            }
            breiten[i] = Math.max(4, Math.min(40, laengste)) + 3; // + the cell padding
        }
        try {
            tabelle.setWidths(breiten);
        } catch (DocumentException e) {
            throw new IllegalStateException("Spaltenbreiten passen nicht zur Tabelle", e);
        }
    }

    private static PdfPCell zelle(String text, Font font) {
        PdfPCell zelle = new PdfPCell(new Phrase(text == null ? "" : text, font));
        zelle.setPadding(4);
        return zelle;
    }

    private static BaseFont schrift(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Schrift " + name + " fehlt", e);
        }
    }

    /** The page number centred in the bottom margin of every page. */
    private static final class Seitenzahl extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(new Chunk(String.valueOf(writer.getPageNumber()), new Font(SCHRIFT, 8))),
                    (document.left() + document.right()) / 2, document.bottom() - 25, 0);
        }
    }
}
