package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Strikes an entry that should never have been recorded: asks for the reason. The entry stays in the database as
 * struck (what was known when remains answerable); reports no longer count it.
 */
class StreichenDialog<T> extends Aktendialog<T> {
    private final TextField grund = new TextField();
    private final Function<String, T> streichen;

    StreichenDialog(String was, Function<String, T> streichen, Consumer<T> fertig) {
        super(Texte.text("teilnehmer.streichen.titel", was), "streichen", fertig);
        this.streichen = streichen;
        grund.setLabel(getTranslation("teilnehmer.streichen.grund"));
        grund.setId("streichen-grund");
        grund.setRequiredIndicatorVisible(true);
        grund.setWidthFull();
        add(new Paragraph(getTranslation("teilnehmer.streichen.hinweis")), grund);
    }

    @Override
    T ausfuehren() {
        return streichen.apply(grund.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("grund", grund);
    }
}
