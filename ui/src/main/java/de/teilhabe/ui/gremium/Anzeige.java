package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.UI;
import de.teilhabe.platform.gremium.Rhythmus;

import java.util.ArrayList;
import java.util.List;

/** How the Gremien views put a rhythm into words. */
final class Anzeige {
    private Anzeige() {
    }

    /** „alle 14 Tage“, „2× im Jahr, nach Bedarf“, or the description given; empty when nothing is fixed. */
    static String rhythmus(Rhythmus r) {
        if (r.beschreibung() != null) {
            return r.beschreibung();
        }
        UI ui = UI.getCurrent();
        List<String> teile = new ArrayList<>();
        if (r.abstandTage() != null) {
            teile.add(ui.getTranslation("gremien.rhythmus.tage", r.abstandTage()));
        }
        if (r.sitzungenProJahr() != null) {
            teile.add(ui.getTranslation("gremien.rhythmus.jahr", r.sitzungenProJahr()));
        }
        if (r.nachBedarf()) {
            teile.add(ui.getTranslation("gremien.rhythmus.bedarf"));
        }
        return String.join(", ", teile);
    }
}
