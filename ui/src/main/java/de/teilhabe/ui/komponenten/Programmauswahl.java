package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.select.Select;

import java.util.List;

/** The enabled programs of the Kreis to choose from; the first is chosen. */
public final class Programmauswahl extends Select<String> {
    public Programmauswahl(String id, List<String> programme) {
        setId(id);
        setLabel(getTranslation("config.program"));
        setItems(programme);
        setItemLabelGenerator(p -> {
            String schluessel = "config.program." + p;
            String text = getTranslation(schluessel);
            return text.startsWith("!") ? p : text;
        });
        setEmptySelectionAllowed(false);
        setWidth("22rem");
        if (!programme.isEmpty()) {
            setValue(programme.contains("durchstarten") ? "durchstarten" : programme.get(0));
        }
    }
}
