package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.stelle.StelleAnsicht;
import de.teilhabe.platform.stelle.StelleDaten;
import de.teilhabe.platform.stelle.Stellenbesetzung;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Create or edit one post: name, holder, full-time equivalent, start, end and the Kommunen it serves. */
class StelleDialog extends Dialog {
    private final Function<StelleDaten, Stellenbesetzung> speichern;
    private final String programmId;
    private final String schluesselId;
    private final List<Kommune> kommunen;
    private final TextField bezeichnung = new TextField();
    private final TextField inhaber = new TextField();
    private final BigDecimalField vzae = new BigDecimalField();
    private final DatePicker beginn;
    private final DatePicker ende;
    private final MultiSelectComboBox<Kommune> orte = new MultiSelectComboBox<>();
    private final TextArea bemerkung = new TextArea();
    private final Fehleranzeige fehler = new Fehleranzeige();

    StelleDialog(Stellenbesetzung besetzung, String programmId, List<Kommune> kommunen,
                 Function<StelleDaten, Stellenbesetzung> speichern) {
        this.speichern = speichern;
        this.programmId = programmId;
        this.kommunen = kommunen;
        this.schluesselId = besetzung == null ? null : besetzung.stelle().schluesselId();
        setHeaderTitle(getTranslation(besetzung == null ? "config.posts.new" : "config.posts.edit"));
        setWidth("44rem");
        bezeichnung.setLabel(getTranslation("config.posts.name"));
        bezeichnung.setId("stelle-bezeichnung");
        bezeichnung.setRequiredIndicatorVisible(true);
        inhaber.setLabel(getTranslation("config.posts.holder"));
        inhaber.setId("stelle-inhaber");
        vzae.setLabel(getTranslation("config.posts.fte"));
        vzae.setId("stelle-vzae");
        vzae.setRequiredIndicatorVisible(true);
        beginn = Darstellung.datumsfeld(getTranslation("config.posts.start"), getLocale());
        beginn.setId("stelle-beginn");
        beginn.setRequiredIndicatorVisible(true);
        ende = Darstellung.datumsfeld(getTranslation("config.posts.end"), getLocale());
        ende.setId("stelle-ende");
        orte.setLabel(getTranslation("config.measures.municipalities"));
        orte.setId("stelle-kommunen");
        orte.setItems(kommunen);
        orte.setItemLabelGenerator(Kommune::name);
        bemerkung.setLabel(getTranslation("config.modules.notes"));
        bemerkung.setId("stelle-bemerkung");
        if (besetzung != null) {
            StelleAnsicht s = besetzung.stelle();
            bezeichnung.setValue(s.bezeichnung());
            inhaber.setValue(Objects.requireNonNullElse(s.inhaber(), ""));
            vzae.setValue(s.vzae().stripTrailingZeros());
            beginn.setValue(s.beginn());
            ende.setValue(s.ende());
            orte.setValue(kommunen.stream().filter(k -> besetzung.kommunen().contains(k.id())).toList());
            bemerkung.setValue(Objects.requireNonNullElse(s.bemerkung(), ""));
        }
        FormLayout formular = new FormLayout(bezeichnung, inhaber, vzae, beginn, ende, orte, bemerkung);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        formular.setColspan(bezeichnung, 2);
        formular.setColspan(orte, 3);
        formular.setColspan(bemerkung, 3);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("stelle-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("bezeichnung", bezeichnung, "inhaber", inhaber, "vzae", vzae,
                "beginn", beginn, "ende", ende, "kommunen", orte, "bemerkung", bemerkung);
        felder.values().forEach(f -> f.setInvalid(false));
        List<java.util.UUID> gewaehlt = kommunen.stream().filter(orte.getValue()::contains).map(Kommune::id).toList();
        StelleDaten daten = new StelleDaten(programmId, schluesselId, bezeichnung.getValue(), inhaber.getValue(),
                vzae.getValue(), beginn.getValue(), ende.getValue(), gewaehlt, bemerkung.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
