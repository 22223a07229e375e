package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.Wohnort;
import de.teilhabe.platform.teilnehmer.WohnortDaten;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A move to another Kommune from a day on (also in the past: reports for earlier days keep the old Kommune), or the
 * correction of a Kommune entry ({@code alt} given: its values are the starting point).
 */
class WohnortDialog extends Aktendialog<TeilnehmerAkte> {
    private final ComboBox<Kommune> kommune = new ComboBox<>();
    private final DatePicker ab;
    private final Function<WohnortDaten, TeilnehmerAkte> speichern;

    WohnortDialog(List<Kommune> kommunen, Wohnort alt, Function<WohnortDaten, TeilnehmerAkte> speichern,
                  Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(alt == null ? "teilnehmer.umzug.erfassen" : "teilnehmer.wohnort.korrigieren"), "wohnort", fertig);
        this.speichern = speichern;
        kommune.setLabel(getTranslation(alt == null ? "teilnehmer.umzug.nach" : "teilnehmer.kommune"));
        kommune.setId("wohnort-kommune");
        kommune.setItems(kommunen);
        kommune.setItemLabelGenerator(Kommune::name);
        kommune.setRequiredIndicatorVisible(true);
        kommune.setWidthFull();
        ab = Darstellung.datumsfeld(getTranslation("teilnehmer.wohnort.ab"), getLocale());
        ab.setId("wohnort-ab");
        ab.setRequiredIndicatorVisible(true);
        ab.setHelperText(getTranslation("teilnehmer.wohnort.ab.hilfe"));
        if (alt != null) {
            kommunen.stream().filter(k -> k.id().equals(alt.kommuneId())).findFirst().ifPresent(kommune::setValue);
            ab.setValue(alt.ab());
        }
        add(kommune, ab);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new WohnortDaten(kommune.getValue() == null ? null : kommune.getValue().id(), ab.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("kommuneId", kommune, "ab", ab);
    }
}
