package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.Aufenthalt;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A change of residence status from a day on (e.g. Duldung → Aufenthaltstitel; the history is kept), or the
 * correction of an entry ({@code alt} given).
 */
class AufenthaltDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Aufenthaltsstatus> status = new Select<>();
    private final DatePicker ab;
    private final TextField notiz = new TextField();
    private final Function<AufenthaltDaten, TeilnehmerAkte> speichern;

    AufenthaltDialog(Function<AufenthaltDaten, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        this(null, speichern, fertig);
    }

    AufenthaltDialog(Aufenthalt alt, Function<AufenthaltDaten, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(alt == null ? "teilnehmer.aufenthalt.erfassen" : "teilnehmer.aufenthalt.korrigieren"), "aufenthalt",
                fertig);
        this.speichern = speichern;
        status.setLabel(getTranslation("teilnehmer.status"));
        status.setId("aufenthalt-status");
        status.setItems(Aufenthaltsstatus.values());
        status.setItemLabelGenerator(Texte::status);
        ab = Darstellung.datumsfeld(getTranslation("teilnehmer.ab"), getLocale());
        ab.setId("aufenthalt-ab");
        ab.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        notiz.setLabel(getTranslation("teilnehmer.notiz"));
        notiz.setId("aufenthalt-notiz");
        notiz.setWidthFull();
        if (alt != null) {
            status.setValue(alt.status());
            ab.setValue(alt.ab());
            notiz.setValue(Objects.requireNonNullElse(alt.notiz(), ""));
        }
        add(status, ab, notiz);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new AufenthaltDaten(status.getValue(), ab.getValue(), notiz.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("status", status, "ab", ab, "notiz", notiz);
    }
}
