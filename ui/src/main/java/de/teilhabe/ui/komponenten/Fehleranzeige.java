package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A red box for errors that belong to no single field (e.g. a stale save). Hidden while empty. */
public class Fehleranzeige extends Div {
    public Fehleranzeige() {
        addClassName("fehleranzeige");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void zeigen(String text) {
        add(new Div(VaadinIcon.WARNING.create(), new Span(text)));
        setVisible(true);
    }

    public void leeren() {
        removeAll();
        setVisible(false);
    }
}
