package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.teilnehmer.MerkmalDaten;
import de.teilhabe.platform.teilnehmer.Merkmaleintrag;
import de.teilhabe.platform.teilnehmer.Personenmerkmal;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A work ban (Beschäftigungsverbot) or an exclusion fact for a period — from a day, and up to an end where it is
 * known — or the correction of such an entry ({@code alt} given).
 */
class MerkmalDialog extends Aktendialog<TeilnehmerAkte> {
    private final Select<Personenmerkmal> merkmal = new Select<>();
    private final DatePicker ab;
    private final DatePicker bis;
    private final TextField notiz = new TextField();
    private final Function<MerkmalDaten, TeilnehmerAkte> speichern;

    MerkmalDialog(Merkmaleintrag alt, Function<MerkmalDaten, TeilnehmerAkte> speichern, Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text(alt == null ? "teilnehmer.merkmal.erfassen" : "teilnehmer.merkmal.korrigieren"), "merkmal", fertig);
        this.speichern = speichern;
        merkmal.setLabel(getTranslation("teilnehmer.merkmal"));
        merkmal.setId("merkmal-art");
        merkmal.setItems(Personenmerkmal.values());
        merkmal.setItemLabelGenerator(m -> m == null ? "" : m.text(getLocale()));
        merkmal.setWidthFull();
        ab = Darstellung.datumsfeld(getTranslation("teilnehmer.ab"), getLocale());
        ab.setId("merkmal-ab");
        ab.setRequiredIndicatorVisible(true);
        bis = Darstellung.datumsfeld(getTranslation("teilnehmer.merkmal.bis"), getLocale());
        bis.setId("merkmal-bis");
        bis.setHelperText(getTranslation("teilnehmer.merkmal.bis.hilfe"));
        notiz.setLabel(getTranslation("teilnehmer.notiz"));
        notiz.setId("merkmal-notiz");
        notiz.setWidthFull();
        if (alt != null) {
            merkmal.setValue(alt.merkmal());
            ab.setValue(alt.ab());
            bis.setValue(alt.bis());
            notiz.setValue(Objects.requireNonNullElse(alt.notiz(), ""));
        } else {
            merkmal.setValue(Personenmerkmal.BESCHAEFTIGUNGSVERBOT);
        }
        add(merkmal, ab, bis, notiz);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(new MerkmalDaten(merkmal.getValue(), ab.getValue(), bis.getValue(), notiz.getValue()));
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("merkmal", merkmal, "ab", ab, "bis", bis, "notiz", notiz);
    }
}
