package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Zellen;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A platform document (a report, frozen or current) on screen as it is printed: paragraphs, headings, each table as
 * a grid with numbers aligned right and the sum row set apart, each chart as a {@link Balkendiagramm}. The first
 * table's grid gets the id given, further ones that id with {@code -2}, {@code -3} …; column keys come from the
 * headings ({@link #schluessel}).
 */
public class Dokumentansicht extends VerticalLayout {

    public Dokumentansicht(String id, Dokument d) {
        setPadding(false);
        setSpacing(false);
        int tabellen = 0;
        for (Dokument.Block block : d.bloecke()) {
            if (block instanceof Dokument.Absatz a) {
                Paragraph p = new Paragraph(a.text());
                p.addClassName("dokument-absatz");
                add(p);
            } else if (block instanceof Dokument.Ueberschrift u) {
                add(new H4(u.text()));
            } else if (block instanceof Dokument.Tabelle t) {
                tabellen++;
                add(tabelle(tabellen == 1 ? id : id + "-" + tabellen, t));
            } else if (block instanceof Dokument.Diagramm g) {
                add(new Balkendiagramm(g));
            }
        }
    }

    private static Grid<List<Object>> tabelle(String id, Dokument.Tabelle t) {
        Grid<List<Object>> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int i = 0; i < t.spalten().size(); i++) {
            int spalte = i;
            boolean zahlen = t.zeilen().stream().anyMatch(z -> zahl(z.get(spalte)));
            var c = grid.addColumn(z -> Zellen.text(z.get(spalte))).setHeader(t.spalten().get(i))
                    .setKey(schluessel(t.spalten().get(i))).setResizable(true);
            if (zahlen) {
                c.setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            } else {
                c.setFlexGrow(i == 0 ? 2 : 1);
            }
        }
        grid.setItems(t.zeilen());
        grid.setPartNameGenerator(z -> "Summe".equals(z.get(0)) ? "summe" : null);
        return grid;
    }

    private static boolean zahl(Object zelle) {
        return zelle instanceof Number || zelle instanceof Dokument.Geld || zelle instanceof Dokument.Prozent
                || "·".equals(zelle);
    }

    /** A column key from a heading: „Anspruch (VZÄ)“ → {@code anspruch-vzae}. */
    public static String schluessel(String ueberschrift) {
        String s = ueberschrift.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
