package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Documents the exception for a participation outside the program's target group (reason and who approved it):
 * closes its open clarification — only where the program allows an exception.
 */
class AusnahmeDialog<T> extends Aktendialog<T> {
    private final TextField grund = new TextField();
    private final TextField genehmigtVon = new TextField();
    private final BiFunction<String, String, T> speichern;

    AusnahmeDialog(String programm, String person, BiFunction<String, String, T> speichern, Consumer<T> fertig) {
        super(Texte.text("teilnahme.ausnahme.titel", Texte.programm(programm)), "ausnahme", fertig);
        this.speichern = speichern;
        grund.setLabel(getTranslation("teilnehmer.ausnahme.grund"));
        grund.setId("ausnahme-grund");
        grund.setRequiredIndicatorVisible(true);
        grund.setWidthFull();
        genehmigtVon.setLabel(getTranslation("teilnehmer.ausnahme.genehmigt"));
        genehmigtVon.setId("ausnahme-genehmigt");
        genehmigtVon.setRequiredIndicatorVisible(true);
        genehmigtVon.setWidthFull();
        add(new Paragraph(getTranslation("teilnahme.ausnahme.hinweis", person)), grund, genehmigtVon);
    }

    @Override
    T ausfuehren() {
        return speichern.apply(grund.getValue(), genehmigtVon.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("ausnahmeGrund", grund, "ausnahmeGenehmigtVon", genehmigtVon, "grund", grund,
                "genehmigtVon", genehmigtVon);
    }
}
