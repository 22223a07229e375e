package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A dialog that changes a participant's file with one platform call: on success the new file goes to the page,
 * on a refusal the platform's field errors appear at the fields and the dialog stays open.
 */
abstract class Aktendialog<T> extends Dialog {
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Consumer<T> fertig;

    Aktendialog(String titel, String id, Consumer<T> fertig) {
        this.fertig = fertig;
        setHeaderTitle(titel);
        setWidth("36rem");
        add(fehler);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId(id + "-speichern");
        getFooter().add(abbrechen, sichern);
    }

    /** The platform call. */
    abstract T ausfuehren();

    /** Field name in the platform's errors → the field that shows it. */
    abstract Map<String, ? extends HasValidation> felder();

    private void sichern() {
        fehler.leeren();
        felder().values().forEach(f -> f.setInvalid(false));
        try {
            T ergebnis = ausfuehren();
            close();
            fertig.accept(ergebnis);
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder(), fehler, getLocale());
        }
    }
}
