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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.StatuseintragAnsicht;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.sprache.Formate;

import java.util.Map;

/**
 * The status history of one Maßnahme and, for those who may, its changes: a new status from a day — also back-dated
 * between earlier steps, as an office replays its history —, and per step „Korrigieren“ and „Streichen“. The platform
 * checks the whole sequence; the dialog shows the history as it stands after each change.
 */
class StatusDialog extends Dialog {
    /** The platform calls on the Maßnahme as last read (its version). */
    interface Aktionen {
        MassnahmeAnsicht aendern(MassnahmeAnsicht ansicht, Statuswechsel wechsel);

        MassnahmeAnsicht korrigieren(MassnahmeAnsicht ansicht, long eintragId, Statuswechsel wechsel);

        MassnahmeAnsicht streichen(MassnahmeAnsicht ansicht, long eintragId, String grund);
    }

    private final Aktionen aktionen;
    private final boolean schreiben;
    private final Select<Status> status = new Select<>();
    private final DatePicker ab;
    private final TextField grund = new TextField();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Paragraph aktuell = new Paragraph();
    private final Grid<StatuseintragAnsicht> verlauf = new Grid<>();
    private MassnahmeAnsicht ansicht;

    StatusDialog(MassnahmeAnsicht ansicht, MassnahmeZeile zeile, boolean schreiben, Aktionen aktionen) {
        this.ansicht = ansicht;
        this.aktionen = aktionen;
        this.schreiben = schreiben;
        this.ab = Darstellung.datumsfeld(getTranslation("config.measures.status.from"), getLocale());
        setHeaderTitle(getTranslation("config.measures.status.dialog", "FB " + zeile.bausteinNummer(),
                zeile.traeger(), zeile.kommunen()));
        setWidth("52rem");
        aktuell.setId("status-aktuell");
        add(aktuell, fehler);
        Button schliessen = new Button(getTranslation(schreiben ? "allgemein.abbrechen" : "config.close"), e -> close());
        getFooter().add(schliessen);
        if (schreiben) {
            status.setLabel(getTranslation("config.measures.status.new"));
            status.setId("status-neu");
            status.setItems(Status.values());
            status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(Darstellung.statusSchluessel(s)));
            ab.setId("status-ab");
            ab.setValue(MassnahmenView.heute());
            ab.setHelperText(getTranslation("config.measures.status.from.help"));
            grund.setLabel(getTranslation("config.measures.status.reason"));
            grund.setId("status-grund");
            status.addValueChangeListener(e -> grund.setRequiredIndicatorVisible(
                    e.getValue() != null && this.ansicht.massnahme().status().brauchtGrund(e.getValue())));
            FormLayout formular = new FormLayout(status, ab, grund);
            formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            formular.setColspan(grund, 2);
            add(formular);
            Button sichern = new Button(getTranslation("config.measures.status.save"), e -> sichern());
            sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sichern.setId("status-speichern");
            getFooter().add(sichern);
        }
        spalten();
        add(new H4(getTranslation("config.measures.status.history")), verlauf);
        zeigen(ansicht);
    }

    private void spalten() {
        verlauf.setId("status-verlauf");
        verlauf.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        verlauf.setAllRowsVisible(true);
        verlauf.addColumn(e -> Darstellung.datum(e.ab(), getLocale())).setHeader(getTranslation("config.measures.status.from"))
                .setKey("ab").setAutoWidth(true).setFlexGrow(0);
        verlauf.addColumn(e -> Darstellung.datum(e.bis(), getLocale())).setHeader(getTranslation("config.measures.status.until"))
                .setKey("bis").setAutoWidth(true).setFlexGrow(0);
        verlauf.addColumn(e -> getTranslation(Darstellung.statusSchluessel(e.status())))
                .setHeader(getTranslation("config.measures.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        verlauf.addColumn(e -> e.grund() == null ? "" : e.grund()).setHeader(getTranslation("config.measures.status.reason"))
                .setKey("grund").setFlexGrow(2);
        verlauf.addColumn(e -> e.erfasstVon() + (e.erfasstAm() == null ? "" : ", "
                + Formate.datum(e.erfasstAm(), getLocale()))).setHeader(getTranslation("config.measures.status.by"))
                .setKey("erfasst").setAutoWidth(true);
        if (schreiben) {
            verlauf.addComponentColumn(this::eintragAktionen).setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private Div eintragAktionen(StatuseintragAnsicht e) {
        Button korrigieren = new Button(getTranslation("config.measures.status.correct"), x -> new StatuseintragDialog(e,
                w -> aktionen.korrigieren(ansicht, e.id(), w), this::gespeichert).open());
        korrigieren.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        korrigieren.addClassName("status-korrigieren");
        Button streichen = new Button(getTranslation("config.measures.status.strike"), x -> new StatusStreichenDialog(e,
                g -> aktionen.streichen(ansicht, e.id(), g), this::gespeichert).open());
        streichen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        streichen.addClassName("status-streichen");
        return new Div(korrigieren, streichen);
    }

    private void zeigen(MassnahmeAnsicht neu) {
        ansicht = neu;
        aktuell.setText(getTranslation("config.measures.status.current",
                getTranslation(Darstellung.statusSchluessel(neu.massnahme().status()))));
        verlauf.setItems(neu.verlauf());
    }

    private void gespeichert(MassnahmeAnsicht neu) {
        fehler.leeren();
        zeigen(neu);
    }

    private void sichern() {
        fehler.leeren();
        status.setInvalid(false);
        ab.setInvalid(false);
        grund.setInvalid(false);
        try {
            aktionen.aendern(ansicht, new Statuswechsel(status.getValue(), ab.getValue(), grund.getValue()));
            close();
        } catch (FachlicherFehler f) {
            Map<String, HasValidation> felder = Map.of("status", status, "ab", ab, "grund", grund);
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
