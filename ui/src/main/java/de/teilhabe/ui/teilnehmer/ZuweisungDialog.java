package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.Zuweisung;
import de.teilhabe.platform.teilnehmer.ZuweisungDaten;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Assigns the participant to a Maßnahme from a day on — also one that has already ended (its end, outcome and, for an
 * Abbruch, the reason), as an office enters its history — or corrects an assignment ({@code alt} given).
 */
class ZuweisungDialog extends Aktendialog<TeilnehmerAkte> {
    private final ComboBox<MassnahmeZeile> massnahme = new ComboBox<>();
    private final DatePicker ab;
    private final Checkbox beendet = new Checkbox();
    private final Select<Zuweisungsergebnis> ergebnis = new Select<>();
    private final DatePicker bis;
    private final TextField grund = new TextField();
    private final Function<ZuweisungDaten, TeilnehmerAkte> speichern;

    ZuweisungDialog(List<MassnahmeZeile> massnahmen, Function<ZuweisungDaten, TeilnehmerAkte> speichern,
                    Consumer<TeilnehmerAkte> fertig) {
        this(massnahmen, null, speichern, fertig);
    }

    ZuweisungDialog(List<MassnahmeZeile> massnahmen, Zuweisung alt, Function<ZuweisungDaten, TeilnehmerAkte> speichern,
                    Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(alt == null ? "teilnehmer.zuweisung.neu" : "teilnehmer.zuweisung.korrigieren"), "zuweisung", fertig);
        this.speichern = speichern;
        setWidth("44rem");
        massnahme.setLabel(getTranslation("teilnehmer.massnahme"));
        massnahme.setId("zuweisung-massnahme");
        massnahme.setItems(massnahmen);
        massnahme.setItemLabelGenerator(ZuweisungDialog::bezeichnung);
        massnahme.setWidthFull();
        ab = Darstellung.datumsfeld(getTranslation("teilnehmer.ab"), getLocale());
        ab.setId("zuweisung-ab");
        ab.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        beendet.setLabel(getTranslation("teilnehmer.zuweisung.bereits.beendet"));
        beendet.setId("zuweisung-beendet");
        ergebnis.setLabel(getTranslation("teilnehmer.ergebnis"));
        ergebnis.setId("zuweisung-ergebnis");
        ergebnis.setItems(Zuweisungsergebnis.ABGESCHLOSSEN, Zuweisungsergebnis.ABBRUCH);
        ergebnis.setItemLabelGenerator(e -> e == null ? "" : e.text(getLocale()));
        ergebnis.setValue(Zuweisungsergebnis.ABGESCHLOSSEN);
        bis = Darstellung.datumsfeld(getTranslation("teilnehmer.zuweisung.bis"), getLocale());
        bis.setId("zuweisung-bis");
        grund.setLabel(getTranslation("teilnehmer.abbruchgrund"));
        grund.setId("zuweisung-grund");
        grund.setWidthFull();
        if (alt != null) {
            massnahmen.stream().filter(m -> m.id().equals(alt.massnahmeId())).findFirst().ifPresent(massnahme::setValue);
            ab.setValue(alt.ab());
            beendet.setValue(alt.ergebnis() != Zuweisungsergebnis.LAUFEND);
            if (alt.ergebnis() != Zuweisungsergebnis.LAUFEND) {
                ergebnis.setValue(alt.ergebnis());
            }
            bis.setValue(alt.bis());
            grund.setValue(Objects.requireNonNullElse(alt.abbruchgrund(), ""));
        }
        FormLayout ende = new FormLayout(ergebnis, bis, grund);
        ende.setColspan(grund, 2);
        ende.setVisible(beendet.getValue());
        beendet.addValueChangeListener(e -> ende.setVisible(e.getValue()));
        add(massnahme, ab, beendet, ende);
    }

    static String bezeichnung(MassnahmeZeile m) {
        return "FB " + m.bausteinNummer() + " · " + m.traeger() + " · " + m.kommunen()
                + (m.titel() == null ? "" : " · " + m.titel()) + " (" + Texte.text(Darstellung.statusSchluessel(m.status())) + ")";
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        boolean ende = beendet.getValue();
        return speichern.apply(new ZuweisungDaten(massnahme.getValue() == null ? null : massnahme.getValue().id(),
                ab.getValue(), ende ? bis.getValue() : null, ende ? ergebnis.getValue() : null,
                ende && ergebnis.getValue() == Zuweisungsergebnis.ABBRUCH ? grund.getValue() : null));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("massnahmeId", massnahme, "ab", ab, "bis", bis, "ergebnis", ergebnis, "abbruchgrund", grund);
    }
}
