package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.teilnehmer.Teilnehmer;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Eingabeformular;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's master data (Stammdaten), in the intake wizard and in the change dialog. The birth date may be left
 * empty while unknown; after the intake the Kommune changes only by a move with its day (tab Wohnorte). Bound to
 * {@link TeilnehmerDaten}: each field is checked against its constraints as it is filled in.
 */
class PersonFormular extends FormLayout {
    private final TextField vorname = new TextField();
    private final TextField nachname = new TextField();
    private final DatePicker geburtsdatum;
    private final ComboBox<Kommune> kommune = new ComboBox<>();
    private final TextField sprachniveau = new TextField();
    private final TextField fallverantwortung = new TextField();
    private final Eingabeformular<TeilnehmerDaten> bindung = new Eingabeformular<>(TeilnehmerDaten.class);

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
        bindung.feld("vorname", vorname).feld("nachname", nachname).feld("geburtsdatum", geburtsdatum)
                .feld("kommuneId", kommune, alsId(kommunen)).feld("sprachniveau", sprachniveau)
                .feld("fallverantwortung", fallverantwortung);
        if (t != null) {
            bindung.lesen(new TeilnehmerDaten(t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(),
                    Objects.requireNonNullElse(t.sprachniveau(), ""), Objects.requireNonNullElse(t.fallverantwortung(), "")));
            kommune.setReadOnly(true);
            kommune.setHelperText(getTranslation("teilnehmer.kommune.nur.umzug"));
        }
        add(vorname, nachname, geburtsdatum, kommune, sprachniveau, fallverantwortung);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
    }

    private static Converter<Kommune, UUID> alsId(List<Kommune> kommunen) {
        return Converter.from(k -> Result.ok(k == null ? null : k.id()),
                id -> kommunen.stream().filter(k -> k.id().equals(id)).findFirst().orElse(null));
    }

    /** What is entered, also when a field breaks a constraint: the service names every error at once. */
    TeilnehmerDaten daten() {
        return bindung.werte();
    }

    /** The fields by the platform's field names, with {@code praefix} (e.g. "person.") in front. */
    Map<String, HasValidation> felder(String praefix) {
        return bindung.felder(praefix);
    }
}
