package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.TeilnahmeKorrektur;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Corrects the dates of one participation — the intake day and, if it ended, the de-registration with kind and
 * reason. The corrected episode supersedes the old one (which stays known as it was); reports for days the change
 * touches count anew, a frozen report's comparison shows the difference.
 */
class TeilnahmeKorrekturDialog extends Aktendialog<TeilnehmerAkte> {
    private final DatePicker aufgenommenAm;
    private final DatePicker abgemeldetAm;
    private final Select<Abmeldeart> art = new Select<>();
    private final TextField grund = new TextField();
    private final Function<TeilnahmeKorrektur, TeilnehmerAkte> speichern;

    TeilnahmeKorrekturDialog(Programmteilnahme t, Function<TeilnahmeKorrektur, TeilnehmerAkte> speichern,
                             Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnahme.korrigieren.titel", Texte.programm(t.programm())), "korrektur", fertig);
        this.speichern = speichern;
        aufgenommenAm = Darstellung.datumsfeld(getTranslation("teilnehmer.aufgenommen"), getLocale());
        aufgenommenAm.setId("korrektur-aufgenommen");
        aufgenommenAm.setValue(t.aufgenommenAm());
        aufgenommenAm.setRequiredIndicatorVisible(true);
        abgemeldetAm = Darstellung.datumsfeld(getTranslation("teilnahme.abgemeldet.am"), getLocale());
        abgemeldetAm.setId("korrektur-abgemeldet");
        abgemeldetAm.setValue(t.abgemeldetAm());
        abgemeldetAm.setHelperText(getTranslation("teilnahme.korrigieren.offen"));
        art.setLabel(getTranslation("teilnahme.abmeldeart"));
        art.setId("korrektur-art");
        art.setItems(Abmeldeart.values());
        art.setEmptySelectionAllowed(true);
        art.setItemLabelGenerator(a -> a == null ? "" : a.text(getLocale()));
        art.setValue(t.abmeldeart());
        art.setWidthFull();
        grund.setLabel(getTranslation("teilnehmer.abmeldegrund"));
        grund.setId("korrektur-grund");
        grund.setValue(Objects.requireNonNullElse(t.abmeldegrund(), ""));
        grund.setWidthFull();
        add(new Paragraph(getTranslation("teilnahme.korrigieren.hinweis")), aufgenommenAm, abgemeldetAm, art, grund);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new TeilnahmeKorrektur(aufgenommenAm.getValue(), abgemeldetAm.getValue(),
                grund.getValue(), art.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("aufgenommenAm", aufgenommenAm, "abgemeldetAm", abgemeldetAm, "abmeldegrund", grund,
                "abmeldeart", art, "am", abgemeldetAm);
    }
}
