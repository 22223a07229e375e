package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.FreigabeDaten;
import de.teilhabe.platform.teilnehmer.Freigabeeintrag;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Ausländerbehörde's clearance (Freigabebestätigung) for one program from a day on — requested, confirmed or
 * refused (a refusal ends the participation that day) —, or the correction of an entry ({@code alt} given).
 */
class FreigabeDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Freigabe> freigabe = new Select<>();
    private final DatePicker am;
    private final Function<FreigabeDaten, TeilnehmerAkte> speichern;

    FreigabeDialog(String programm, Freigabeeintrag alt, Function<FreigabeDaten, TeilnehmerAkte> speichern,
                   Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(alt == null ? "teilnehmer.freigabe.titel" : "teilnehmer.freigabe.korrigieren",
                Texte.programm(programm)), "freigabe", fertig);
        this.speichern = speichern;
        freigabe.setLabel(getTranslation("teilnehmer.freigabe"));
        freigabe.setId("freigabe-status");
        freigabe.setItems(Freigabe.values());
        freigabe.setItemLabelGenerator(f -> f == null ? "" : f.text(getLocale()));
        freigabe.setValue(alt == null ? Freigabe.ANGEFRAGT : alt.status());
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("freigabe-am");
        am.setValue(alt == null ? LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE) : alt.ab());
        add(freigabe, am, new Paragraph(getTranslation("teilnehmer.freigabe.hinweis")));
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new FreigabeDaten(freigabe.getValue(), am.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("freigabe", freigabe, "freigabeAm", am, "am", am);
    }
}
