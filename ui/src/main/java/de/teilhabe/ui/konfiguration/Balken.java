package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One labelled horizontal bar: its length is the value's share of the largest value shown beside it. */
final class Balken extends Div {
    Balken(String id, String bezeichnung, String wertText, BigDecimal wert, BigDecimal groesster, String farbe) {
        setId(id);
        addClassName("balken");
        getStyle().set("display", "grid").set("grid-template-columns", "14rem 1fr 11rem").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("width", "100%").set("margin", "var(--lumo-space-xs) 0");
        Span name = new Span(bezeichnung);
        Div spur = new Div();
        spur.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("height", "1.1rem").set("overflow", "hidden");
        Div fuellung = new Div();
        fuellung.addClassName("balken-fuellung");
        fuellung.getStyle().set("background", farbe).set("height", "100%").set("width", prozent(wert, groesster) + "%");
        spur.add(fuellung);
        Span zahl = new Span(wertText);
        zahl.addClassName("balken-wert");
        zahl.getStyle().set("text-align", "right").set("font-variant-numeric", "tabular-nums");
        add(name, spur, zahl);
    }

    static String prozent(BigDecimal wert, BigDecimal groesster) {
        if (wert == null || groesster == null || groesster.signum() <= 0 || wert.signum() <= 0) {
            return "0";
        }
        return wert.multiply(BigDecimal.valueOf(100)).divide(groesster, 1, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100))
                .toPlainString();
    }
}
