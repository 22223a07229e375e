package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.fallarbeit.Verweisung;
import de.teilhabe.platform.fallarbeit.VerweisungDaten;
import de.teilhabe.platform.fallarbeit.Verweisungsergebnis;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** A referral to another service (JMD, MBE, Jobcenter, therapy, KITA …) and, once known, its outcome. */
class VerweisungDialog extends Aktendialog<Fallakte> {
    private final Select<Hilfeangebot> stelle = new Select<>();
    private final TextField beschreibung = new TextField();
    private final DatePicker am;
    private final Select<Verweisungsergebnis> ergebnisart = new Select<>();
    private final TextField ergebnis = new TextField();
    private final DatePicker ergebnisAm;
    private final Function<VerweisungDaten, Fallakte> speichern;

    VerweisungDialog(Verweisung alt, Function<VerweisungDaten, Fallakte> speichern, Consumer<Fallakte> fertig) {
        super(Texte.text(alt == null ? "fallarbeit.verweisung.neu" : "fallarbeit.verweisung.aendern"), "verweisung", fertig);
        this.speichern = speichern;
        setWidth("44rem");
        stelle.setLabel(getTranslation("fallarbeit.stelle"));
        stelle.setId("verweisung-stelle");
        stelle.setItems(Hilfeangebot.values());
        stelle.setItemLabelGenerator(h -> h.text(getLocale()));
        beschreibung.setLabel(getTranslation("fallarbeit.anlass"));
        beschreibung.setId("verweisung-beschreibung");
        am = Darstellung.datumsfeld(getTranslation("teilnehmer.datum"), getLocale());
        am.setId("verweisung-am");
        ergebnisart.setLabel(getTranslation("fallarbeit.ergebnis"));
        ergebnisart.setId("verweisung-ergebnisart");
        ergebnisart.setItems(Verweisungsergebnis.values());
        ergebnisart.setItemLabelGenerator(v -> v == null ? getTranslation("fallarbeit.ergebnis.offen") : v.text(getLocale()));
        ergebnisart.setEmptySelectionAllowed(true);
        ergebnisart.setEmptySelectionCaption(getTranslation("fallarbeit.ergebnis.offen"));
        ergebnis.setLabel(getTranslation("fallarbeit.ergebnis.notiz"));
        ergebnis.setId("verweisung-ergebnis");
        ergebnisAm = Darstellung.datumsfeld(getTranslation("fallarbeit.ergebnis.am"), getLocale());
        ergebnisAm.setId("verweisung-ergebnis-am");
        if (alt == null) {
            am.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        } else {
            stelle.setValue(alt.stelle());
            beschreibung.setValue(Objects.requireNonNullElse(alt.beschreibung(), ""));
            am.setValue(alt.am());
            ergebnisart.setValue(alt.ergebnisart());
            ergebnis.setValue(Objects.requireNonNullElse(alt.ergebnis(), ""));
            ergebnisAm.setValue(alt.ergebnisAm());
        }
        FormLayout formular = new FormLayout(stelle, am, beschreibung, ergebnisart, ergebnisAm, ergebnis);
        formular.setColspan(beschreibung, 2);
        add(formular);
    }

    @Override
    Fallakte ausfuehren() {
        return speichern.apply(new VerweisungDaten(stelle.getValue(), beschreibung.getValue(), am.getValue(),
                ergebnisart.getValue(), ergebnis.getValue(), ergebnisAm.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("stelle", stelle, "beschreibung", beschreibung, "am", am, "ergebnisart", ergebnisart,
                "ergebnis", ergebnis, "ergebnisAm", ergebnisAm);
    }
}
