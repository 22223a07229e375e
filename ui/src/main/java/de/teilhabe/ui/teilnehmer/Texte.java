package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.UI;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;

import java.util.Locale;

/** Texts of the UI bundles, also where no component is at hand yet (titles passed to a super constructor). */
final class Texte {
    private Texte() {
    }

    static String text(String schluessel, Object... werte) {
        return UI.getCurrent().getTranslation(schluessel, werte);
    }

    static String status(Aufenthaltsstatus status) {
        return UI.getCurrent().getTranslation("teilnehmer.aufenthalt." + status.name().toLowerCase(Locale.ROOT));
    }

    static String programm(String programm) {
        String text = UI.getCurrent().getTranslation("config.program." + programm);
        return text.startsWith("!") ? programm : text;
    }
}
