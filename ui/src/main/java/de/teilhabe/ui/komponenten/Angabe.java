package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One labelled value in a summary („Geburtsdatum: 12.04.1999“). */
public class Angabe extends Div {

    public Angabe(String bezeichnung, Component wert) {
        Span links = new Span(bezeichnung);
        links.addClassName("angabe-bezeichnung");
        Div rechts = new Div(wert);
        rechts.addClassName("angabe-wert");
        add(links, rechts);
        addClassName("angabe");
    }

    public Angabe(String bezeichnung, String wert) {
        this(bezeichnung, new Span(wert));
    }
}
