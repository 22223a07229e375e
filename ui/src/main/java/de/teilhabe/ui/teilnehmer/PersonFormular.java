package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.teilnehmer.Teilnehmer;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A participant's master data (Stammdaten), in the intake wizard and in the change dialog. The birth date may be left
 * empty while unknown; after the intake the Kommune changes only by a move with its day (tab Wohnorte).
 */
class PersonFormular extends FormLayout {
    private final TextField vorname = new TextField();
    private final TextField nachname = new TextField();
    private final DatePicker geburtsdatum;
    private final ComboBox<Kommune> kommune = new ComboBox<>();
    private final TextField sprachniveau = new TextField();
    private final TextField fallverantwortung = new TextField();

    PersonFormular(List<Kommune> kommunen, Teilnehmer t) {
        vorname.setLabel(getTranslation("teilnehmer.vorname"));
        vorname.setId("person-vorname");
        vorname.setRequiredIndicatorVisible(true);
        nachname.setLabel(getTranslation("teilnehmer.nachname"));
        nachname.setId("person-nachname");
        nachname.setRequiredIndicatorVisible(true);
        geburtsdatum = Darstellung.datumsfeld(getTranslation("teilnehmer.geburtsdatum"), getLocale());
        geburtsdatum.setId("person-geburtsdatum");
        geburtsdatum.setHelperText(getTranslation("teilnehmer.geburtsdatum.hilfe"));
        kommune.setLabel(getTranslation("teilnehmer.kommune"));
        kommune.setId("person-kommune");
        kommune.setItems(kommunen);
        kommune.setItemLabelGenerator(Kommune::name);
        kommune.setRequiredIndicatorVisible(true);
        sprachniveau.setLabel(getTranslation("teilnehmer.sprachniveau"));
        sprachniveau.setId("person-sprachniveau");
        fallverantwortung.setLabel(getTranslation("teilnehmer.fallverantwortung"));
        fallverantwortung.setId("person-fallverantwortung");
        fallverantwortung.setHelperText(getTranslation("teilnehmer.fallverantwortung.hilfe"));
        if (t != null) {
            vorname.setValue(t.vorname());
            nachname.setValue(t.nachname());
            geburtsdatum.setValue(t.geburtsdatum());
            kommunen.stream().filter(k -> k.id().equals(t.kommuneId())).findFirst().ifPresent(kommune::setValue);
            kommune.setReadOnly(true);
            kommune.setHelperText(getTranslation("teilnehmer.kommune.nur.umzug"));
            sprachniveau.setValue(Objects.requireNonNullElse(t.sprachniveau(), ""));
            fallverantwortung.setValue(Objects.requireNonNullElse(t.fallverantwortung(), ""));
        }
        add(vorname, nachname, geburtsdatum, kommune, sprachniveau, fallverantwortung);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
    }

    TeilnehmerDaten daten() {
        return new TeilnehmerDaten(vorname.getValue(), nachname.getValue(), geburtsdatum.getValue(),
                kommune.getValue() == null ? null : kommune.getValue().id(), sprachniveau.getValue(), fallverantwortung.getValue());
    }

    /** The fields by the platform's field names, with {@code praefix} (e.g. "person.") in front. */
    Map<String, HasValidation> felder(String praefix) {
        Map<String, HasValidation> felder = new HashMap<>();
        felder.put(praefix + "vorname", vorname);
        felder.put(praefix + "nachname", nachname);
        felder.put(praefix + "geburtsdatum", geburtsdatum);
        felder.put(praefix + "kommuneId", kommune);
        felder.put(praefix + "sprachniveau", sprachniveau);
        felder.put(praefix + "fallverantwortung", fallverantwortung);
        return felder;
    }
}
