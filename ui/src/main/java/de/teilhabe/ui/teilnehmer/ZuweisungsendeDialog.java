package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.Zuweisungsende;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Ends an assignment: completed, or dropped out (Abbruch) with its reason. */
class ZuweisungsendeDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Zuweisungsergebnis> ergebnis = new Select<>();
    private final DatePicker bis;
    private final TextField grund = new TextField();
    private final Function<Zuweisungsende, TeilnehmerAkte> speichern;

    ZuweisungsendeDialog(Function<Zuweisungsende, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnehmer.zuweisung.beenden"), "zuweisungsende", fertig);
        this.speichern = speichern;
        ergebnis.setLabel(getTranslation("teilnehmer.ergebnis"));
        ergebnis.setId("zuweisungsende-ergebnis");
        ergebnis.setItems(Zuweisungsergebnis.ABGESCHLOSSEN, Zuweisungsergebnis.ABBRUCH);
        ergebnis.setItemLabelGenerator(e -> e.text(getLocale()));
        ergebnis.setValue(Zuweisungsergebnis.ABGESCHLOSSEN);
        bis = Darstellung.datumsfeld(getTranslation("teilnehmer.bis"), getLocale());
        bis.setId("zuweisungsende-bis");
        bis.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        grund.setLabel(getTranslation("teilnehmer.abbruchgrund"));
        grund.setId("zuweisungsende-grund");
        grund.setWidthFull();
        add(ergebnis, bis, grund);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new Zuweisungsende(ergebnis.getValue(), bis.getValue(), grund.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("ergebnis", ergebnis, "bis", bis, "abbruchgrund", grund);
    }
}
