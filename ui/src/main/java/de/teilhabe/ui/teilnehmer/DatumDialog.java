package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks for the day of a step: the withdrawal of a consent, the end of a work ban, a new due date of a clarification.
 * {@code felder} are the platform's names for the day in its errors.
 */
class DatumDialog<T> extends Aktendialog<T> {
    private final DatePicker am;
    private final Function<LocalDate, T> speichern;
    private final List<String> feldnamen;

    DatumDialog(String titel, Function<LocalDate, T> speichern, Consumer<T> fertig) {
        this(titel, Texte.text("teilnehmer.datum"), LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE), null,
                List.of("am", "widerrufenAm"), speichern, fertig);
    }

    DatumDialog(String titel, String bezeichnung, LocalDate vorschlag, String hilfe, List<String> feldnamen,
                Function<LocalDate, T> speichern, Consumer<T> fertig) {
        super(titel, "datum", fertig);
        this.speichern = speichern;
        this.feldnamen = feldnamen;
        am = Darstellung.datumsfeld(bezeichnung, getLocale());
        am.setId("datum-am");
        am.setValue(vorschlag);
        if (hilfe != null) {
            am.setHelperText(hilfe);
        }
        add(am);
    }

    @Override
    T ausfuehren() {
        return speichern.apply(am.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        Map<String, HasValidation> felder = new HashMap<>();
        feldnamen.forEach(n -> felder.put(n, am));
        return felder;
    }
}
