package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.Teilnehmer;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** De-registration (day and reason, e.g. „nicht erreichbar“) of an active participant, or re-admission. */
class AbmeldungDialog extends Aktendialog<TeilnehmerAkte> {
    private final DatePicker am;
    private final TextField grund = new TextField();
    private final BiFunction<LocalDate, String, TeilnehmerAkte> speichern;

    AbmeldungDialog(Teilnehmer t, BiFunction<LocalDate, String, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(t.abgemeldetAm() == null ? "teilnehmer.abmelden" : "teilnehmer.wiederaufnehmen"), "abmeldung", fertig);
        this.speichern = speichern;
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("abmeldung-am");
        am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        grund.setLabel(getTranslation("teilnehmer.abmeldegrund"));
        grund.setId("abmeldung-grund");
        grund.setWidthFull();
        add(am);
        if (t.abgemeldetAm() == null) {
            add(grund);
        }
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(am.getValue(), grund.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("am", am, "abgemeldetAm", am, "grund", grund, "abmeldegrund", grund);
    }
}
