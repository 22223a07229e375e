package de.teilhabe.platform.dokument;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Draws a {@link Dokument.Diagramm} as vector graphics with OpenPDF's own drawing operations: a title, a legend,
 * then per category its label on the left and one horizontal bar per series with the value printed after it —
 * legible on paper in black and white too, since every bar carries its number.
 */
final class PdfDiagramm {

    private static final Color[] FARBEN = {new Color(0x1F, 0x5F, 0x99), new Color(0xE0, 0x8A, 0x1E),
            new Color(0x4C, 0x9A, 0x4C), new Color(0x9C, 0x4F, 0x96), new Color(0x88, 0x88, 0x88)};
    private static final float BALKEN = 9;
    private static final float ABSTAND = 7;
    private static final float BESCHRIFTUNG = 130;
    private static final float SCHRIFTGROESSE = 8;

    private PdfDiagramm() {
    }

    static Image zeichnen(Dokument.Diagramm d, PdfWriter writer, float breite, BaseFont schrift) {
        int reihen = d.reihen().size();
        float gruppe = reihen * BALKEN + ABSTAND;
        float hoehe = 40 + d.kategorien().size() * gruppe;
        PdfTemplate flaeche = writer.getDirectContent().createTemplate(breite, hoehe);
        double groesster = d.reihen().stream().flatMap(r -> r.werte().stream()).filter(w -> w != null)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        float skala = groesster <= 0 ? 0 : (float) ((breite - BESCHRIFTUNG - 50) / groesster);

        float y = hoehe - 12;
        text(flaeche, schrift, 10, d.titel(), 0, y);
        y -= 16;
        float x = 0;
        for (int r = 0; r < reihen; r++) {
            flaeche.setColorFill(FARBEN[r % FARBEN.length]);
            flaeche.rectangle(x, y, 8, 8);
            flaeche.fill();
            String name = d.reihen().get(r).name();
            text(flaeche, schrift, SCHRIFTGROESSE, name, x + 11, y + 1);
            x += 20 + schrift.getWidthPoint(name, SCHRIFTGROESSE);
        }
        y -= 8;
        for (int k = 0; k < d.kategorien().size(); k++) {
            y -= gruppe;
            text(flaeche, schrift, SCHRIFTGROESSE, d.kategorien().get(k), 0, y + gruppe - ABSTAND - BALKEN + 1);
            for (int r = 0; r < reihen; r++) {
                Number wert = d.reihen().get(r).werte().get(k);
                float oben = y + gruppe - ABSTAND - (r + 1) * BALKEN;
                float laenge = wert == null ? 0 : (float) (wert.doubleValue() * skala);
                if (wert != null) {
                    flaeche.setColorFill(FARBEN[r % FARBEN.length]);
                    flaeche.rectangle(BESCHRIFTUNG, oben + 1, Math.max(laenge, 0.5f), BALKEN - 2);
                    flaeche.fill();
                }
                text(flaeche, schrift, SCHRIFTGROESSE - 1, wert == null ? "·" : Zellen.text(wert),
                        BESCHRIFTUNG + laenge + 3, oben + 2);
            }
        }
        try {
            Image bild = Image.getInstance(flaeche);
            bild.setSpacingAfter(8);
            return bild;
        } catch (BadElementException e) {
            throw new IllegalStateException("Diagramm „" + d.titel() + "“ konnte nicht gezeichnet werden", e);
        }
    }

    private static void text(PdfContentByte flaeche, BaseFont schrift, float groesse, String text, float x, float y) {
        flaeche.beginText();
        flaeche.setColorFill(Color.BLACK);
        flaeche.setFontAndSize(schrift, groesse);
        flaeche.setTextMatrix(x, y);
        flaeche.showText(text);
        flaeche.endText();
    }
}
