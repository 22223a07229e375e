package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.teilnehmer.TeilnahmeAntrag;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Takes a person already recorded into a program: into a further one ({@code programme} to choose from), or again
 * after a de-registration ({@code wieder}: that program, a new episode). The day may lie in the past. The program's
 * verdict is computed by the platform on that day; where the person is not in the target group it asks for the
 * documented exception, and the fields for it appear.
 */
class TeilnahmeDialog extends Aktendialog<TeilnehmerAkte> {
    private static final Set<String> AUSNAHMEFELDER = Set.of("ausnahmeGrund", "ausnahmeGenehmigtVon");
    private final Select<String> programm = new Select<>();
    private final DatePicker aufgenommenAm;
    private final TextField fallverantwortung = new TextField();
    private final TextField ausnahmeGrund = new TextField();
    private final TextField ausnahmeGenehmigtVon = new TextField();
    private final DatePicker klaerungBis;
    private final Function<TeilnahmeAntrag, TeilnehmerAkte> speichern;

    TeilnahmeDialog(List<String> programme, String wieder, Function<TeilnahmeAntrag, TeilnehmerAkte> speichern,
                    Consumer<TeilnehmerAkte> fertig) {
        super(wieder == null ? Texte.text("teilnahme.weiteres") : Texte.text("teilnahme.wieder.titel", Texte.programm(wieder)),
                "teilnahme", fertig);
        this.speichern = speichern;
        setWidth("40rem");
        programm.setLabel(getTranslation("teilnehmer.programm"));
        programm.setId("teilnahme-programm");
        programm.setItems(wieder == null ? programme : List.of(wieder));
        programm.setItemLabelGenerator(p -> p == null ? "" : Texte.programm(p));
        programm.setWidthFull();
        if (wieder != null) {
            programm.setValue(wieder);
            programm.setReadOnly(true);
        } else if (programme.size() == 1) {
            programm.setValue(programme.get(0));
        }
        aufgenommenAm = Darstellung.datumsfeld(getTranslation(wieder == null ? "teilnehmer.aufgenommen"
                : "teilnahme.wieder.am"), getLocale());
        aufgenommenAm.setId("teilnahme-am");
        aufgenommenAm.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        aufgenommenAm.setRequiredIndicatorVisible(true);
        fallverantwortung.setLabel(getTranslation("teilnehmer.fallverantwortung"));
        fallverantwortung.setId("teilnahme-fallverantwortung");
        fallverantwortung.setHelperText(getTranslation("teilnehmer.fallverantwortung.hilfe"));
        fallverantwortung.setWidthFull();
        klaerungBis = Darstellung.datumsfeld(getTranslation("teilnahme.klaerung.bis"), getLocale());
        klaerungBis.setId("teilnahme-klaerung-bis");
        klaerungBis.setHelperText(getTranslation("teilnahme.klaerung.bis.hilfe"));
        ausnahmeGrund.setLabel(getTranslation("teilnehmer.ausnahme.grund"));
        ausnahmeGrund.setId("teilnahme-ausnahme-grund");
        ausnahmeGrund.setWidthFull();
        ausnahmeGenehmigtVon.setLabel(getTranslation("teilnehmer.ausnahme.genehmigt"));
        ausnahmeGenehmigtVon.setId("teilnahme-ausnahme-genehmigt");
        ausnahmeGenehmigtVon.setWidthFull();
        ausnahmeGrund.setVisible(false);
        ausnahmeGenehmigtVon.setVisible(false);
        add(new Paragraph(getTranslation(wieder == null ? "teilnahme.weiteres.hinweis" : "teilnahme.wieder.hinweis")),
                programm, aufgenommenAm, fallverantwortung, klaerungBis, ausnahmeGrund, ausnahmeGenehmigtVon);
    }

    @Override
    TeilnehmerAkte ausfuehren() {
        try {
            return speichern.apply(new TeilnahmeAntrag(programm.getValue(), aufgenommenAm.getValue(),
                    ausnahmeGrund.isVisible() ? ausnahmeGrund.getValue() : null,
                    ausnahmeGenehmigtVon.isVisible() ? ausnahmeGenehmigtVon.getValue() : null,
                    fallverantwortung.getValue(), klaerungBis.getValue()));
        } catch (FachlicherFehler f) {
            if (f.feldfehler().stream().anyMatch(e -> AUSNAHMEFELDER.contains(e.feld()))) {
                ausnahmeGrund.setVisible(true);
                ausnahmeGenehmigtVon.setVisible(true);
            }
            throw f;
        }
    }

    @Override
    Map<String, ? extends HasValidation> felder() {
        return Map.of("programm", programm, "aufgenommenAm", aufgenommenAm, "am", aufgenommenAm,
                "fallverantwortung", fallverantwortung, "klaerungBis", klaerungBis, "ausnahmeGrund", ausnahmeGrund,
                "ausnahmeGenehmigtVon", ausnahmeGenehmigtVon);
    }
}
