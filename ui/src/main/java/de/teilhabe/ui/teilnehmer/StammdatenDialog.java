package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.teilnehmer.Teilnehmer;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.TeilnehmerDaten;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Changes a participant's master data; a stale save is refused by the platform. */
class StammdatenDialog extends Aktendialog<TeilnehmerAkte> {
    private final PersonFormular formular;
    private final Function<TeilnehmerDaten, TeilnehmerAkte> speichern;

    StammdatenDialog(Teilnehmer t, List<Kommune> kommunen, Function<TeilnehmerDaten, TeilnehmerAkte> speichern,
                     Consumer<TeilnehmerAkte> fertig) {
        super(Texte.text("teilnehmer.stammdaten.aendern"), "stammdaten", fertig);
        this.speichern = speichern;
        setWidth("48rem");
        formular = new PersonFormular(kommunen, t);
        add(formular);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        return speichern.apply(formular.daten());
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return formular.felder("");
    }
}
