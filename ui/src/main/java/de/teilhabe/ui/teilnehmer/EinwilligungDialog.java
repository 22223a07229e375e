package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import de.teilhabe.platform.teilnehmer.Einwilligungszweck;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** A consent for one purpose (GIB-Datenbank, Klientendatei, exchange with ABH, Kommune or providers). */
class EinwilligungDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Einwilligungszweck> zweck = new Select<>();
    private final DatePicker am;
    private final BiFunction<Einwilligungszweck, LocalDate, TeilnehmerAkte> speichern;

    EinwilligungDialog(BiFunction<Einwilligungszweck, LocalDate, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnehmer.einwilligung.erfassen"), "einwilligung", fertig);
        this.speichern = speichern;
        zweck.setLabel(getTranslation("teilnehmer.zweck"));
        zweck.setId("einwilligung-zweck");
        zweck.setItems(Einwilligungszweck.values());
        zweck.setItemLabelGenerator(z -> z.text(getLocale()));
        zweck.setWidthFull();
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.erteilt"), getLocale());
        am.setId("einwilligung-am");
        am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        add(zweck, am);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(zweck.getValue(), am.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("zweck", zweck, "am", am, "erteiltAm", am);
    }
}
