package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Weiterleitung;
import de.teilhabe.platform.finanzierung.WeiterleitungDaten;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Create or edit one transfer of funds to a provider (Weiterleitung): Baustein, Träger, contract, amount, period. */
class WeiterleitungDialog extends Dialog {
    private final Function<WeiterleitungDaten, Weiterleitung> speichern;
    private final ComboBox<Baustein> baustein = new ComboBox<>();
    private final ComboBox<Massnahmetraeger> traeger = new ComboBox<>();
    private final TextField vertrag = new TextField();
    private final BigDecimalField betrag = new BigDecimalField();
    private final DatePicker beginn;
    private final DatePicker ende;
    private final TextArea bemerkung = new TextArea();
    private final Fehleranzeige fehler = new Fehleranzeige();

    WeiterleitungDialog(Weiterleitung weiterleitung, List<Baustein> bausteine, List<Massnahmetraeger> alleTraeger,
                        Function<WeiterleitungDaten, Weiterleitung> speichern) {
        this.speichern = speichern;
        setHeaderTitle(getTranslation(weiterleitung == null ? "config.finance.transfer.new" : "config.finance.transfer.edit"));
        setWidth("44rem");
        baustein.setLabel(getTranslation("config.finance.module"));
        baustein.setId("weiterleitung-baustein");
        baustein.setItems(bausteine);
        baustein.setItemLabelGenerator(b -> b.kurz() + " " + b.name());
        baustein.setRequiredIndicatorVisible(true);
        traeger.setLabel(getTranslation("config.finance.provider"));
        traeger.setId("weiterleitung-traeger");
        traeger.setItems(alleTraeger);
        traeger.setItemLabelGenerator(Massnahmetraeger::name);
        traeger.setRequiredIndicatorVisible(true);
        vertrag.setLabel(getTranslation("config.finance.contract"));
        vertrag.setId("weiterleitung-vertrag");
        vertrag.setRequiredIndicatorVisible(true);
        betrag.setLabel(getTranslation("config.finance.amount"));
        betrag.setId("weiterleitung-betrag");
        betrag.setSuffixComponent(new Span("€"));
        betrag.setRequiredIndicatorVisible(true);
        beginn = Darstellung.datumsfeld(getTranslation("config.finance.start"), getLocale());
        beginn.setId("weiterleitung-beginn");
        ende = Darstellung.datumsfeld(getTranslation("config.finance.end"), getLocale());
        ende.setId("weiterleitung-ende");
        bemerkung.setLabel(getTranslation("config.modules.notes"));
        bemerkung.setId("weiterleitung-bemerkung");
        if (weiterleitung != null) {
            bausteine.stream().filter(b -> b.id().equals(weiterleitung.bausteinId())).findFirst().ifPresent(baustein::setValue);
            alleTraeger.stream().filter(t -> t.id().equals(weiterleitung.traegerId())).findFirst().ifPresent(traeger::setValue);
            vertrag.setValue(Objects.requireNonNullElse(weiterleitung.vertrag(), ""));
            betrag.setValue(weiterleitung.betrag());
            beginn.setValue(weiterleitung.beginn());
            ende.setValue(weiterleitung.ende());
            bemerkung.setValue(Objects.requireNonNullElse(weiterleitung.bemerkung(), ""));
        }
        FormLayout formular = new FormLayout(baustein, traeger, vertrag, betrag, beginn, ende, bemerkung);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(bemerkung, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("weiterleitung-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("bausteinId", baustein, "traegerId", traeger, "vertrag", vertrag,
                "betrag", betrag, "beginn", beginn, "ende", ende, "bemerkung", bemerkung);
        felder.values().forEach(f -> f.setInvalid(false));
        WeiterleitungDaten daten = new WeiterleitungDaten(baustein.getValue() == null ? null : baustein.getValue().id(),
                traeger.getValue() == null ? null : traeger.getValue().id(), betrag.getValue(), beginn.getValue(),
                ende.getValue(), vertrag.getValue(), bemerkung.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
