package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/** "1 Kreis › 2 Kommunen › 3 Erster Admin › 4 Zusammenfassung" with the current step highlighted. */
class Schrittanzeige extends Div {
    private final List<Div> schritte = new ArrayList<>();

    Schrittanzeige(List<String> titel) {
        addClassName("schrittanzeige");
        for (int i = 0; i < titel.size(); i++) {
            Span nummer = new Span(String.valueOf(i + 1));
            nummer.addClassName("schritt-nummer");
            Div schritt = new Div(nummer, new Span(titel.get(i)));
            schritt.addClassName("schritt");
            schritte.add(schritt);
            add(schritt);
        }
    }

    void aktiv(int index) {
        for (int i = 0; i < schritte.size(); i++) {
            schritte.get(i).setClassName("aktiv", i == index);
            schritte.get(i).setClassName("erledigt", i < index);
            if (i == index) {
                schritte.get(i).getElement().setAttribute("aria-current", "step");
            } else {
                schritte.get(i).getElement().removeAttribute("aria-current");
            }
        }
    }
}
