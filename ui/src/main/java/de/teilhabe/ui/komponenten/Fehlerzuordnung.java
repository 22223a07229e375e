package de.teilhabe.ui.komponenten;

import com.vaadin.flow.component.HasValidation;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.Locale;
import java.util.Map;

/** Puts the platform's field errors at the fields; the rest (e.g. a stale save) into the red box. */
public final class Fehlerzuordnung {
    private Fehlerzuordnung() {
    }

    public static void anzeigen(FachlicherFehler f, Map<String, ? extends HasValidation> felder, Fehleranzeige box, Locale sprache) {
        for (Feldfehler feld : f.feldfehler()) {
            String text = feld.text(sprache);
            HasValidation ziel = felder.get(feld.feld());
            if (ziel != null) {
                ziel.setErrorMessage(text);
                ziel.setInvalid(true);
            } else {
                box.zeigen(text);
            }
        }
        if (f.feldfehler().isEmpty()) {
            box.zeigen(f.text(sprache));
        }
    }
}
