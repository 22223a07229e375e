package de.teilhabe.ui.sprache;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Switches between German and English for the whole session and reloads the page. */
public class SprachUmschalter extends Button {
    public SprachUmschalter() {
        setIcon(VaadinIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("sprache");
        addAttachListener(e -> {
            setText(getTranslation("sprache.umschalten"));
            getElement().setAttribute("lang", getTranslation("sprache.ziel.kuerzel"));
        });
        addClickListener(e -> umschalten());
    }

    private void umschalten() {
        Locale neu = Uebersetzungen.unterstuetzt(getLocale()) == Uebersetzungen.DEUTSCH
                ? Uebersetzungen.ENGLISCH : Uebersetzungen.DEUTSCH;
        VaadinSession.getCurrent().setLocale(neu);
        UI.getCurrent().getPage().reload();
    }
}
