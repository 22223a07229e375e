package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.platform.gremium.PersonDaten;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Map;
import java.util.function.Function;

/** A new person for the Gremien: name and contact data; one person may sit in several Gremien. */
class PersonDialog extends Dialog {
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField telefon = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Function<PersonDaten, Person> anlegen;

    PersonDialog(Function<PersonDaten, Person> anlegen) {
        this.anlegen = anlegen;
        setHeaderTitle(getTranslation("gremien.person.neu"));
        name.setLabel(getTranslation("gremien.person"));
        name.setId("person-name");
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("config.providers.contact.email"));
        email.setId("person-email");
        telefon.setLabel(getTranslation("config.providers.contact.phone"));
        add(fehler, new FormLayout(name, email, telefon));
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("person-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("name", name, "email", email, "telefon", telefon);
        felder.values().forEach(f -> f.setInvalid(false));
        try {
            anlegen.apply(new PersonDaten(name.getValue(), email.getValue(), telefon.getValue(), null));
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
