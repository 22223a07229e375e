package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Zellen;

import java.util.Objects;

/**
 * A horizontal bar chart of a {@link Dokument.Diagramm} made of plain elements (no chart library, no canvas): a
 * legend, then per category its label and one bar per series with the value after it, like the PDF. Each bar's
 * length is its share of the largest value; its title says series, category and value for screen readers.
 */
public class Balkendiagramm extends Div {

    private static final String[] FARBEN = {"#1f5f99", "#e08a1e", "#4c9a4c", "#9c4f96", "#888888"};

    public Balkendiagramm(Dokument.Diagramm d) {
        addClassName("balkendiagramm");
        getStyle().set("width", "100%").set("max-width", "48rem").set("margin", "0.5rem 0 1rem");
        Div titel = new Div(d.titel());
        titel.getStyle().set("font-weight", "600").set("margin-bottom", "0.25rem");
        add(titel, legende(d));
        double groesster = d.reihen().stream().flatMap(r -> r.werte().stream()).filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).max().orElse(0);
        for (int k = 0; k < d.kategorien().size(); k++) {
            Div zeile = new Div();
            zeile.getStyle().set("display", "grid").set("grid-template-columns", "10rem 1fr").set("gap", "0.5rem")
                    .set("margin", "0.2rem 0").set("font-size", "var(--lumo-font-size-s)");
            Div balken = new Div();
            for (int r = 0; r < d.reihen().size(); r++) {
                Number wert = d.reihen().get(r).werte().get(k);
                balken.add(balken(d.reihen().get(r).name() + ", " + d.kategorien().get(k), wert, groesster, r));
            }
            zeile.add(new Div(d.kategorien().get(k)), balken);
            add(zeile);
        }
    }

    private static Div legende(Dokument.Diagramm d) {
        Div legende = new Div();
        legende.getStyle().set("display", "flex").set("gap", "1rem").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-bottom", "0.25rem");
        for (int r = 0; r < d.reihen().size(); r++) {
            Span farbe = new Span();
            farbe.getStyle().set("display", "inline-block").set("width", "0.7rem").set("height", "0.7rem")
                    .set("margin-right", "0.3rem").set("background", FARBEN[r % FARBEN.length]);
            Span eintrag = new Span(farbe, new Span(d.reihen().get(r).name()));
            legende.add(eintrag);
        }
        return legende;
    }

    private static Div balken(String beschriftung, Number wert, double groesster, int reihe) {
        Div zeile = new Div();
        zeile.getStyle().set("display", "flex").set("align-items", "center").set("gap", "0.3rem").set("height", "0.9rem");
        String text = wert == null ? "·" : Zellen.text(wert);
        if (wert != null && groesster > 0) {
            Div balken = new Div();
            balken.getStyle().set("height", "0.7rem").set("background", FARBEN[reihe % FARBEN.length])
                    .set("width", Math.max(0.3, 85 * wert.doubleValue() / groesster) + "%");
            zeile.add(balken);
        }
        Span zahl = new Span(text);
        zahl.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        zeile.add(zahl);
        zeile.getElement().setAttribute("title", beschriftung + ": " + text);
        zeile.addClassName("balken");
        return zeile;
    }
}
