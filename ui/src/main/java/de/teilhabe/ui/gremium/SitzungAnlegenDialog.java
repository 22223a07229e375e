package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.SitzungDaten;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A new meeting: day, time, place, title; agenda, attendance and minutes follow in the minutes editor. */
class SitzungAnlegenDialog extends Dialog {
    private final DatePicker datum;
    private final TimePicker beginn = new TimePicker();
    private final TextField ort = new TextField();
    private final TextField titel = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Consumer<SitzungDaten> anlegen;

    SitzungAnlegenDialog(Consumer<SitzungDaten> anlegen) {
        this.anlegen = anlegen;
        setHeaderTitle(getTranslation("gremien.sitzung.neu"));
        datum = Darstellung.datumsfeld(getTranslation("gremien.datum"), getLocale());
        datum.setId("sitzung-datum");
        datum.setRequiredIndicatorVisible(true);
        beginn.setLabel(getTranslation("gremien.beginn"));
        beginn.setId("sitzung-beginn");
        beginn.setLocale(getLocale());
        ort.setLabel(getTranslation("gremien.ort"));
        ort.setId("sitzung-ort");
        titel.setLabel(getTranslation("gremien.sitzung.titel"));
        titel.setId("sitzung-titel");
        add(fehler, new FormLayout(datum, beginn, ort, titel));
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button ok = new Button(getTranslation("gremien.sitzung.neu"), e -> sichern());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("sitzung-speichern");
        getFooter().add(abbrechen, ok);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("datum", datum, "ort", ort, "titel", titel);
        felder.values().forEach(f -> f.setInvalid(false));
        try {
            anlegen.accept(new SitzungDaten(datum.getValue(), beginn.getValue(), ort.getValue(), titel.getValue(),
                    List.of(), List.of(), null));
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
