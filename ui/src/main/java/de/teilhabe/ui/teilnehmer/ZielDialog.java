package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.platform.fallarbeit.Ziel;
import de.teilhabe.platform.fallarbeit.ZielDaten;
import de.teilhabe.platform.fallarbeit.Zielstatus;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A goal of the goal agreement: the need, the goal, its status and dates. */
class ZielDialog extends Aktendialog<Fallakte> {
    private final TextField bedarf = new TextField();
    private final TextField ziel = new TextField();
    private final Select<Zielstatus> status = new Select<>();
    private final DatePicker vereinbartAm;
    private final DatePicker zieldatum;
    private final DatePicker erreichtAm;
    private final Function<ZielDaten, Fallakte> speichern;

    ZielDialog(Ziel alt, Function<ZielDaten, Fallakte> speichern, Consumer<Fallakte> fertig) {
        super(Texte.text(alt == null ? "fallarbeit.ziel.neu" : "fallarbeit.ziel.aendern"), "ziel", fertig);
        this.speichern = speichern;
        setWidth("44rem");
        bedarf.setLabel(getTranslation("fallarbeit.bedarf"));
        bedarf.setId("ziel-bedarf");
        ziel.setLabel(getTranslation("fallarbeit.ziel"));
        ziel.setId("ziel-ziel");
        status.setLabel(getTranslation("fallarbeit.status"));
        status.setId("ziel-status");
        status.setItems(Zielstatus.values());
        status.setItemLabelGenerator(s -> s.text(getLocale()));
        vereinbartAm = Darstellung.datumsfeld(getTranslation("fallarbeit.vereinbart"), getLocale());
        vereinbartAm.setId("ziel-vereinbart");
        zieldatum = Darstellung.datumsfeld(getTranslation("fallarbeit.zieldatum"), getLocale());
        zieldatum.setId("ziel-zieldatum");
        erreichtAm = Darstellung.datumsfeld(getTranslation("fallarbeit.abgeschlossen"), getLocale());
        erreichtAm.setId("ziel-erreicht");
        if (alt == null) {
            status.setValue(Zielstatus.VEREINBART);
            vereinbartAm.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        } else {
            bedarf.setValue(alt.bedarf());
            ziel.setValue(alt.ziel());
            status.setValue(alt.status());
            vereinbartAm.setValue(alt.vereinbartAm());
            zieldatum.setValue(alt.zieldatum());
            erreichtAm.setValue(alt.erreichtAm());
        }
        FormLayout formular = new FormLayout(bedarf, ziel, status, vereinbartAm, zieldatum, erreichtAm);
        formular.setColspan(bedarf, 2);
        formular.setColspan(ziel, 2);
        add(formular);
    }

    @Override
    Fallakte ausfuehren() {
        return speichern.apply(new ZielDaten(bedarf.getValue(), ziel.getValue(), status.getValue(),
                vereinbartAm.getValue(), zieldatum.getValue(), erreichtAm.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("bedarf", bedarf, "ziel", ziel, "status", status, "vereinbartAm", vereinbartAm,
                "zieldatum", zieldatum, "erreichtAm", erreichtAm);
    }
}
