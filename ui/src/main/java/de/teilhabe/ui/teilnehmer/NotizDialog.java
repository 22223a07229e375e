package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** A case note; notes are added, never changed. */
class NotizDialog extends Aktendialog<Fallakte> {
    private final DatePicker am;
    private final TextArea text = new TextArea();
    private final BiFunction<LocalDate, String, Fallakte> speichern;

    NotizDialog(BiFunction<LocalDate, String, Fallakte> speichern, Consumer<Fallakte> fertig) {
        super(Texte.text("fallarbeit.notiz.neu"), "notiz", fertig);
        this.speichern = speichern;
        setWidth("44rem");
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("notiz-am");
        am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        text.setLabel(getTranslation("fallarbeit.notiz"));
        text.setId("notiz-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        add(am, text);
    }

    @Override
    Fallakte ausfuehren() {
        return speichern.apply(am.getValue(), text.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("am", am, "text", text);
    }
}
