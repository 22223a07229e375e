package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.Loeschbescheid;
import de.teilhabe.platform.teilnehmer.Teilnehmer;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Erasure on request (Art. 17 DSGVO): asks for the reason; the platform deletes, or refuses because a retention
 * duty applies and says until when.
 */
class LoeschDialog extends Aktendialog<Loeschbescheid> {
    private final TextField grund = new TextField();
    private final Function<String, Loeschbescheid> loeschen;

    LoeschDialog(Teilnehmer t, Function<String, Loeschbescheid> loeschen, Consumer<Loeschbescheid> fertig) {
        super(Texte.text("datenschutz.loeschen.titel", t.nachname() + ", " + t.vorname()), "loeschen", fertig);
        this.loeschen = loeschen;
        grund.setLabel(getTranslation("datenschutz.loeschen.grund"));
        grund.setId("loeschen-grund");
        grund.setWidthFull();
        add(new Paragraph(getTranslation("datenschutz.loeschen.hinweis")), grund);
    }

    @Override
    Loeschbescheid ausfuehren() {
        return loeschen.apply(grund.getValue());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("grund", grund);
    }
}
