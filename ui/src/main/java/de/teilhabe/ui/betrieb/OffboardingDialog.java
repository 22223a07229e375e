package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kreis.Kreis;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.function.BiConsumer;

/** Removing a Kreis needs its slug typed in; the button stays disabled until it matches. */
class OffboardingDialog extends Dialog {
    OffboardingDialog(Kreis kreis, BiConsumer<Kreis, String> offboarden) {
        setHeaderTitle(getTranslation("offboarding.titel", kreis.name()));
        setWidth("34rem");
        Fehleranzeige fehler = new Fehleranzeige();
        TextField bestaetigung = new TextField(getTranslation("offboarding.bestaetigung", kreis.slug()));
        bestaetigung.setId("offboarding-bestaetigung");
        bestaetigung.setWidthFull();
        bestaetigung.setValueChangeMode(ValueChangeMode.EAGER);
        Button entfernen = new Button(getTranslation("offboarding.entfernen"));
        entfernen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        entfernen.setId("offboarding-entfernen");
        entfernen.setEnabled(false);
        bestaetigung.addValueChangeListener(e -> entfernen.setEnabled(kreis.slug().equals(e.getValue().trim())));
        entfernen.addClickListener(e -> {
            try {
                offboarden.accept(kreis, bestaetigung.getValue().trim());
                close();
            } catch (FachlicherFehler f) {
                fehler.leeren();
                fehler.zeigen(f.text(getLocale()));
            }
        });
        add(new Paragraph(getTranslation("offboarding.warnung")),
                new Paragraph(getTranslation("offboarding.export.hinweis")), fehler, bestaetigung);
        getFooter().add(new Button(getTranslation("allgemein.abbrechen"), e -> close()), entfernen);
    }
}
