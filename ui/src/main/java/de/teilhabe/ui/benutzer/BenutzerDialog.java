package de.teilhabe.ui.benutzer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Create an account or change one: display name, roles, active; a new password only when one is typed. */
class BenutzerDialog extends Dialog {
    private final TextField benutzername = new TextField();
    private final TextField anzeigename = new TextField();
    private final CheckboxGroup<Rolle> rollen = new CheckboxGroup<>();
    private final Checkbox aktiv = new Checkbox();
    private final PasswordField passwort = new PasswordField();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Function<BenutzerDaten, Konto> speichern;

    BenutzerDialog(Konto konto, Function<BenutzerDaten, Konto> speichern) {
        this.speichern = speichern;
        setHeaderTitle(getTranslation(konto == null ? "benutzer.anlegen" : "benutzer.bearbeiten"));
        setWidth("40rem");
        benutzername.setLabel(getTranslation("benutzer.benutzername"));
        benutzername.setId("benutzer-name");
        benutzername.setHelperText(getTranslation("benutzer.benutzername.hilfe"));
        anzeigename.setLabel(getTranslation("benutzer.anzeigename"));
        anzeigename.setId("benutzer-anzeigename");
        rollen.setLabel(getTranslation("benutzer.rollen"));
        rollen.setId("benutzer-rollen");
        rollen.setItems(Arrays.stream(Rolle.values()).filter(r -> r != Rolle.BETREIBER).toList());
        rollen.setItemLabelGenerator(r -> getTranslation("rolle." + r.name()));
        aktiv.setLabel(getTranslation("benutzer.aktiv"));
        aktiv.setValue(true);
        passwort.setLabel(getTranslation(konto == null ? "benutzer.passwort" : "benutzer.passwort.neu"));
        passwort.setId("benutzer-passwort");
        if (konto != null) {
            benutzername.setValue(konto.benutzername());
            benutzername.setReadOnly(true);
            anzeigename.setValue(konto.anzeigename());
            rollen.setValue(konto.rollen());
            aktiv.setValue(konto.aktiv());
        }
        FormLayout formular = new FormLayout(benutzername, anzeigename, passwort, aktiv, rollen);
        formular.setColspan(rollen, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("benutzer-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("benutzername", benutzername, "anzeigename", anzeigename,
                "rollen", rollen, "passwort", passwort);
        felder.values().forEach(f -> f.setInvalid(false));
        try {
            speichern.apply(new BenutzerDaten(benutzername.getValue(), anzeigename.getValue(), Set.copyOf(rollen.getValue()),
                    aktiv.getValue(), passwort.getValue()));
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
