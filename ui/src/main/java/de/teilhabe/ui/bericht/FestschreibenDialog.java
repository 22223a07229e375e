package de.teilhabe.ui.bericht;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.bericht.Berichtsart;
import de.teilhabe.platform.bericht.Berichtsstaende;
import de.teilhabe.platform.bericht.Berichtsstand;
import de.teilhabe.platform.bericht.Festschreibung;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.time.LocalDate;
import java.util.Map;

/** Freezes a report for a committee: the occasion, and whether small counts are suppressed as for committees. */
class FestschreibenDialog extends Dialog {
    private final TextField anlass = new TextField();
    private final Checkbox geschuetzt = new Checkbox();
    private final Fehleranzeige fehler = new Fehleranzeige();

    FestschreibenDialog(Berichtsstaende staende, Nutzer nutzer, Berichtsart art, String programm, LocalDate stichtag) {
        setHeaderTitle(getTranslation("bericht.festschreiben"));
        anlass.setLabel(getTranslation("bericht.anlass"));
        anlass.setPlaceholder(getTranslation("bericht.anlass.beispiel"));
        anlass.setId("festschreiben-anlass");
        anlass.setWidthFull();
        geschuetzt.setLabel(getTranslation("bericht.geschuetzt"));
        geschuetzt.setValue(true);
        geschuetzt.setId("festschreiben-geschuetzt");
        add(fehler, new Paragraph(getTranslation("bericht.festschreiben.frage", art.titel(),
                Darstellung.datum(stichtag, getLocale()))), anlass, geschuetzt);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button ok = new Button(getTranslation("bericht.festschreiben"), e -> {
            fehler.leeren();
            anlass.setInvalid(false);
            try {
                Berichtsstand s = staende.festschreiben(nutzer, new Festschreibung(art.id(), programm, stichtag,
                        anlass.getValue(), geschuetzt.getValue()));
                Notification.show(getTranslation("bericht.festgeschrieben", s.titel(), s.anlass()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (FachlicherFehler f) {
                Fehlerzuordnung.anzeigen(f, Map.of("anlass", anlass), fehler, getLocale());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("festschreiben-speichern");
        getFooter().add(abbrechen, ok);
    }
}
