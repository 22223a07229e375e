package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** The Ausländerbehörde's clearance (Freigabebestätigung) for one program: requested, confirmed or refused. */
class FreigabeDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Freigabe> freigabe = new Select<>();
    private final DatePicker am;
    private final BiFunction<Freigabe, LocalDate, TeilnehmerAkte> speichern;

    FreigabeDialog(Programmteilnahme p, BiFunction<Freigabe, LocalDate, TeilnehmerAkte> speichern,
                   Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnehmer.freigabe.titel", Texte.programm(p.programm())), "freigabe", fertig);
        this.speichern = speichern;
        freigabe.setLabel(getTranslation("teilnehmer.freigabe"));
        freigabe.setId("freigabe-status");
        freigabe.setItems(Freigabe.values());
        freigabe.setItemLabelGenerator(f -> f.text(getLocale()));
        freigabe.setValue(p.freigabe() == null ? Freigabe.ANGEFRAGT : p.freigabe());
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("freigabe-am");
        am.setValue(p.freigabeAm() == null ? LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE) : p.freigabeAm());
        add(freigabe, am);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(freigabe.getValue(), am.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("freigabe", freigabe, "freigabeAm", am, "am", am);
    }
}
