package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Strikes a status step entered by mistake, with the reason; the rest of the history must still make sense. */
class StatusStreichenDialog extends Dialog {
    private final TextField grund = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();

    StatusStreichenDialog(StatuseintragAnsicht eintrag, Function<String, MassnahmeAnsicht> streichen,
                          Consumer<MassnahmeAnsicht> fertig) {
        setHeaderTitle(getTranslation("config.measures.status.strike.title",
                getTranslation(Darstellung.statusSchluessel(eintrag.status())), Darstellung.datum(eintrag.ab(), getLocale())));
        setWidth("34rem");
        grund.setLabel(getTranslation("config.measures.status.strike.reason"));
        grund.setId("statusstreichen-grund");
        grund.setRequiredIndicatorVisible(true);
        grund.setWidthFull();
        add(new Paragraph(getTranslation("config.measures.status.strike.hint")), fehler, grund);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("config.measures.status.strike"), e -> {
            fehler.leeren();
            grund.setInvalid(false);
            try {
                MassnahmeAnsicht neu = streichen.apply(grund.getValue());
                close();
                fertig.accept(neu);
            } catch (FachlicherFehler f) {
                Fehlerzuordnung.anzeigen(f, Map.of("grund", grund), fehler, getLocale());
            }
        });
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        sichern.setId("statusstreichen-speichern");
        getFooter().add(abbrechen, sichern);
    }
}
