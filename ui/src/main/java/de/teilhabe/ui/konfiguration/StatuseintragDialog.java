package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Corrects one step of a Maßnahme's status history (status, from, reason): the corrected step supersedes it; the
 * whole history must still make sense, else the platform says where.
 */
class StatuseintragDialog extends Dialog {
    private final Select<Status> status = new Select<>();
    private final DatePicker ab;
    private final TextField grund = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();

    StatuseintragDialog(StatuseintragAnsicht alt, Function<Statuswechsel, MassnahmeAnsicht> speichern,
                        Consumer<MassnahmeAnsicht> fertig) {
        setHeaderTitle(getTranslation("config.measures.status.correct.title"));
        setWidth("34rem");
        ab = Darstellung.datumsfeld(getTranslation("config.measures.status.from"), getLocale());
        status.setLabel(getTranslation("config.measures.status"));
        status.setId("statuseintrag-status");
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(Darstellung.statusSchluessel(s)));
        status.setValue(alt.status());
        ab.setId("statuseintrag-ab");
        ab.setValue(alt.ab());
        grund.setLabel(getTranslation("config.measures.status.reason"));
        grund.setId("statuseintrag-grund");
        grund.setValue(alt.grund() == null ? "" : alt.grund());
        FormLayout formular = new FormLayout(status, ab, grund);
        formular.setColspan(grund, 2);
        add(new Paragraph(getTranslation("config.measures.status.correct.hint")), fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> {
            fehler.leeren();
            Map<String, HasValidation> felder = Map.of("status", status, "ab", ab, "grund", grund);
            felder.values().forEach(f -> f.setInvalid(false));
            try {
                MassnahmeAnsicht neu = speichern.apply(new Statuswechsel(status.getValue(), ab.getValue(), grund.getValue()));
                close();
                fertig.accept(neu);
            } catch (FachlicherFehler f) {
                Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
            }
        });
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("statuseintrag-speichern");
        getFooter().add(abbrechen, sichern);
    }
}
