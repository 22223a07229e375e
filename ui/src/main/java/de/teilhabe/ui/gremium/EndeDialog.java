package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Ends a membership on its last day; it stays in the history. */
class EndeDialog extends Dialog {
    private final DatePicker letzterTag;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Consumer<LocalDate> beenden;

    EndeDialog(Mitglied mitglied, Consumer<LocalDate> beenden) {
        this.beenden = beenden;
        setHeaderTitle(getTranslation("gremien.mitglied.beenden"));
        letzterTag = Darstellung.datumsfeld(getTranslation("gremien.letzter.tag"), getLocale());
        letzterTag.setId("ende-tag");
        letzterTag.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        add(fehler, new Paragraph(getTranslation("gremien.mitglied.beenden.frage", mitglied.bezeichnung(),
                mitglied.organisation())), letzterTag);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button ok = new Button(getTranslation("gremien.mitglied.beenden"), e -> sichern());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("ende-speichern");
        getFooter().add(abbrechen, ok);
    }

    private void sichern() {
        fehler.leeren();
        letzterTag.setInvalid(false);
        try {
            beenden.accept(letzterTag.getValue());
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, Map.of("bis", letzterTag), fehler, getLocale());
        }
    }
}
