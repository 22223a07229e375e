package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextFieldBase;

/** Small helpers for required fields and for showing a platform message at a field. */
final class Pflicht {
    private Pflicht() {
    }

    static boolean ausgefuellt(TextFieldBase<?, String> feld) {
        boolean leer = feld.getValue() == null || feld.getValue().isBlank();
        if (leer) {
            feld.setErrorMessage(feld.getTranslation("allgemein.pflichtfeld"));
        }
        feld.setInvalid(leer);
        return !leer;
    }

    static boolean zeigen(HasValidation feld, String text) {
        if (feld == null) {
            return false;
        }
        feld.setErrorMessage(text);
        feld.setInvalid(true);
        return true;
    }
}
