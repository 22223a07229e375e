package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Asks for the day of a step, e.g. the withdrawal of a consent. */
class DatumDialog extends Aktendialog<TeilnehmerAkte> {
    private final DatePicker am;
    private final Function<LocalDate, TeilnehmerAkte> speichern;

    DatumDialog(String titel, Function<LocalDate, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(titel, "datum", fertig);
        this.speichern = speichern;
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("datum-am");
        am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        add(am);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(am.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("am", am, "widerrufenAm", am);
    }
}
