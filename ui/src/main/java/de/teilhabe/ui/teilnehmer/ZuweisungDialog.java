package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.ZuweisungDaten;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Assigns the participant to a Maßnahme from a day on. */
class ZuweisungDialog extends Aktendialog<TeilnehmerAkte> {
    private final ComboBox<MassnahmeZeile> massnahme = new ComboBox<>();
    private final DatePicker ab;
    private final Function<ZuweisungDaten, TeilnehmerAkte> speichern;

    ZuweisungDialog(List<MassnahmeZeile> massnahmen, Function<ZuweisungDaten, TeilnehmerAkte> speichern,
                    Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnehmer.zuweisung.neu"), "zuweisung", fertig);
        this.speichern = speichern;
        setWidth("44rem");
        massnahme.setLabel(getTranslation("teilnehmer.massnahme"));
        massnahme.setId("zuweisung-massnahme");
        massnahme.setItems(massnahmen);
        massnahme.setItemLabelGenerator(ZuweisungDialog::bezeichnung);
        massnahme.setWidthFull();
        ab = Darstellung.datumsfeld(getTranslation("teilnehmer.ab"), getLocale());
        ab.setId("zuweisung-ab");
        ab.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        add(massnahme, ab);
    }

    static String bezeichnung(MassnahmeZeile m) {
        return "FB " + m.bausteinNummer() + " · " + m.traeger() + " · " + m.kommunen()
                + (m.titel() == null ? "" : " · " + m.titel()) + " (" + Texte.text(Darstellung.statusSchluessel(m.status())) + ")";
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new ZuweisungDaten(massnahme.getValue() == null ? null : massnahme.getValue().id(), ab.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("massnahmeId", massnahme, "ab", ab);
    }
}
