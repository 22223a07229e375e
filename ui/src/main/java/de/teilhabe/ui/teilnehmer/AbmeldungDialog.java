package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.Abmeldung;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * De-registers the person from one participation (not the user from the application): the day from which the
 * person is no longer active in the program, the kind (as the committee figures count it) and the reason.
 */
class AbmeldungDialog extends Aktendialog<TeilnehmerAkte> {
    private final DatePicker am;
    private final Select<Abmeldeart> art = new Select<>();
    private final TextField grund = new TextField();
    private final Programmteilnahme teilnahme;
    private final Function<Abmeldung, TeilnehmerAkte> speichern;

    AbmeldungDialog(Programmteilnahme teilnahme, Function<Abmeldung, TeilnehmerAkte> speichern,
                    Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnahme.abmelden.titel", Texte.programm(teilnahme.programm())), "abmeldung", fertig);
        this.teilnahme = teilnahme;
        this.speichern = speichern;
        am = Darstellung.datumsfeld(getTranslation("teilnahme.abgemeldet.am"), getLocale());
        am.setId("abmeldung-am");
        am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        am.setHelperText(getTranslation("teilnahme.abgemeldet.am.hilfe"));
        art.setLabel(getTranslation("teilnahme.abmeldeart"));
        art.setId("abmeldung-art");
        art.setItems(Arrays.stream(Abmeldeart.values()).filter(a -> a != Abmeldeart.FREIGABE_VERWEIGERT).toList());
        art.setItemLabelGenerator(a -> a == null ? "" : a.text(getLocale()));
        art.setValue(Abmeldeart.SONSTIGES);
        art.setWidthFull();
        grund.setLabel(getTranslation("teilnehmer.abmeldegrund"));
        grund.setId("abmeldung-grund");
        grund.setRequiredIndicatorVisible(true);
        grund.setWidthFull();
        add(new Paragraph(getTranslation("teilnahme.abmelden.hinweis", Texte.programm(teilnahme.programm()),
                Darstellung.datum(teilnahme.aufgenommenAm(), getLocale()))), am, art, grund);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new Abmeldung(am.getValue(), grund.getValue(), art.getValue(), teilnahme.programm()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("am", am, "abgemeldetAm", am, "grund", grund, "abmeldegrund", grund, "art", art,
                "abmeldeart", art);
    }
}
