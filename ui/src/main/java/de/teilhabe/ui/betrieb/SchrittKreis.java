package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.Feldfehler;

import java.util.Locale;

/** Step 1: slug and name of the Kreis. */
class SchrittKreis implements Schritt {
    private final TextField slug = new TextField();
    private final TextField name = new TextField();
    private final FormLayout formular;

    SchrittKreis() {
        formular = new FormLayout(name, slug);
        name.setLabel(formular.getTranslation("kreis.name"));
        name.setId("onboarding-name");
        name.setPlaceholder(formular.getTranslation("onboarding.kreis.name.beispiel"));
        slug.setLabel(formular.getTranslation("kreis.slug"));
        slug.setId("onboarding-slug");
        slug.setPlaceholder("rhein-kreis-neuss");
        slug.setHelperText(formular.getTranslation("onboarding.kreis.slug.hilfe"));
        for (TextField feld : new TextField[] {slug, name}) {
            feld.setRequiredIndicatorVisible(true);
        }
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        formular.setMaxWidth("56rem");
    }

    String slug() {
        return slug.getValue().trim();
    }

    String name() {
        return name.getValue().trim();
    }

    @Override
    public String titelSchluessel() {
        return "onboarding.schritt.kreis";
    }

    @Override
    public Component inhalt() {
        return formular;
    }

    @Override
    public boolean pruefen() {
        return Pflicht.ausgefuellt(name) & Pflicht.ausgefuellt(slug);
    }

    @Override
    public boolean fehlerZeigen(Feldfehler fehler, Locale sprache) {
        TextField feld = switch (fehler.feld()) {
            case "slug" -> slug;
            case "name" -> name;
            default -> null;
        };
        return Pflicht.zeigen(feld, fehler.text(sprache));
    }

    @Override
    public void fehlerLeeren() {
        slug.setInvalid(false);
        name.setInvalid(false);
    }
}
