package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.select.Select;

import java.util.List;

/** The enabled programs of the Kreis to choose from; the first is chosen. */
final class Programmauswahl extends Select<String> {
    Programmauswahl(String id, List<String> programme) {
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
