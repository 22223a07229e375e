package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuseintrag;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.sprache.Formate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The status history of one Maßnahme and, for those who may, a change of its status (new status, from, reason). */
class StatusDialog extends Dialog {
    private final MassnahmeAnsicht ansicht;
    private final Function<Statuswechsel, MassnahmeAnsicht> speichern;
    private final Select<Status> status = new Select<>();
    private final DatePicker ab;
    private final TextField grund = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();

    StatusDialog(MassnahmeAnsicht ansicht, MassnahmeZeile zeile, boolean schreiben,
                 Function<Statuswechsel, MassnahmeAnsicht> speichern) {
        this.ansicht = ansicht;
        this.speichern = speichern;
        this.ab = Darstellung.datumsfeld(getTranslation("config.measures.status.from"), getLocale());
        setHeaderTitle(getTranslation("config.measures.status.dialog", "FB " + zeile.bausteinNummer(),
                zeile.traeger(), zeile.kommunen()));
        setWidth("46rem");
        Status aktuell = ansicht.massnahme().status();
        add(new Paragraph(getTranslation("config.measures.status.current",
                getTranslation(Darstellung.statusSchluessel(aktuell)))));
        add(fehler);
        Button schliessen = new Button(getTranslation(schreiben ? "allgemein.abbrechen" : "config.close"), e -> close());
        getFooter().add(schliessen);
        if (schreiben && !aktuell.nachfolger().isEmpty()) {
            status.setLabel(getTranslation("config.measures.status.new"));
            status.setId("status-neu");
            List<Status> moeglich = new ArrayList<>(aktuell.nachfolger());
            Collections.sort(moeglich);
            status.setItems(moeglich);
            status.setItemLabelGenerator(s -> getTranslation(Darstellung.statusSchluessel(s)));
            ab.setId("status-ab");
            ab.setValue(MassnahmenView.heute());
            grund.setLabel(getTranslation("config.measures.status.reason"));
            grund.setId("status-grund");
            status.addValueChangeListener(e -> grund.setRequiredIndicatorVisible(
                    e.getValue() != null && aktuell.brauchtGrund(e.getValue())));
            FormLayout formular = new FormLayout(status, ab, grund);
            formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            formular.setColspan(grund, 2);
            add(formular);
            Button sichern = new Button(getTranslation("config.measures.status.save"), e -> sichern());
            sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sichern.setId("status-speichern");
            getFooter().add(sichern);
        }
        add(new H4(getTranslation("config.measures.status.history")), verlauf());
    }

    private Grid<Statuseintrag> verlauf() {
        Grid<Statuseintrag> verlauf = new Grid<>();
        verlauf.setId("status-verlauf");
        verlauf.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        verlauf.setAllRowsVisible(true);
        verlauf.addColumn(e -> Darstellung.datum(e.ab(), getLocale())).setHeader(getTranslation("config.measures.status.from"))
                .setAutoWidth(true).setFlexGrow(0);
        verlauf.addColumn(e -> getTranslation(Darstellung.statusSchluessel(e.status())))
                .setHeader(getTranslation("config.measures.status")).setAutoWidth(true).setFlexGrow(0);
        verlauf.addColumn(e -> e.grund() == null ? "" : e.grund()).setHeader(getTranslation("config.measures.status.reason"))
                .setFlexGrow(2);
        verlauf.addColumn(e -> e.erfasstVon() + (e.erfasstAm() == null ? "" : ", "
                + Formate.datum(e.erfasstAm(), getLocale()))).setHeader(getTranslation("config.measures.status.by"))
                .setAutoWidth(true);
        verlauf.setItems(ansicht.verlauf());
        return verlauf;
    }

    private void sichern() {
        fehler.leeren();
        status.setInvalid(false);
        ab.setInvalid(false);
        grund.setInvalid(false);
        try {
            speichern.apply(new Statuswechsel(status.getValue(), ab.getValue(), grund.getValue()));
            close();
        } catch (FachlicherFehler f) {
            Map<String, HasValidation> felder = Map.of("status", status, "ab", ab, "grund", grund);
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
