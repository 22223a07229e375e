package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kreis.ErsterAdmin;

import java.util.Locale;

/** Step 3: the first Kreis-Admin. */
class SchrittAdmin implements Schritt {
    private final TextField benutzername = new TextField();
    private final TextField anzeigename = new TextField();
    private final PasswordField passwort = new PasswordField();
    private final FormLayout formular;

    SchrittAdmin() {
        formular = new FormLayout(anzeigename, benutzername, passwort);
        anzeigename.setLabel(formular.getTranslation("admin.anzeigename"));
        anzeigename.setId("admin-anzeigename");
        benutzername.setLabel(formular.getTranslation("admin.benutzername"));
        benutzername.setId("admin-benutzername");
        passwort.setLabel(formular.getTranslation("admin.passwort"));
        passwort.setId("admin-passwort");
        passwort.setHelperText(formular.getTranslation("admin.passwort.hilfe"));
        for (TextFieldBase<?, String> feld : java.util.List.<TextFieldBase<?, String>>of(benutzername, anzeigename, passwort)) {
            feld.setRequiredIndicatorVisible(true);
        }
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        formular.setMaxWidth("56rem");
    }

    ErsterAdmin admin() {
        return new ErsterAdmin(benutzername.getValue().trim(), anzeigename.getValue().trim(), passwort.getValue());
    }

    @Override
    public String titelSchluessel() {
        return "onboarding.schritt.admin";
    }

    @Override
    public Component inhalt() {
        return formular;
    }

    @Override
    public boolean pruefen() {
        return Pflicht.ausgefuellt(anzeigename) & Pflicht.ausgefuellt(benutzername) & Pflicht.ausgefuellt(passwort);
    }

    @Override
    public boolean fehlerZeigen(Feldfehler fehler, Locale sprache) {
        TextFieldBase<?, String> feld = switch (fehler.feld()) {
            case "admin.benutzername" -> benutzername;
            case "admin.anzeigename" -> anzeigename;
            case "admin.passwort" -> passwort;
            default -> null;
        };
        return Pflicht.zeigen(feld, fehler.text(sprache));
    }

    @Override
    public void fehlerLeeren() {
        benutzername.setInvalid(false);
        anzeigename.setInvalid(false);
        passwort.setInvalid(false);
    }
}
