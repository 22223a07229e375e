package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.GremiumVorlage;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Creates a program's Gremien from its plugin's templates, constituted on one day. Gremien already created from
 * a template are kept, not created twice.
 */
class VorlagenDialog extends Dialog {
    private final DatePicker konstituiertAm;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Function<LocalDate, List<Gremium>> anlegen;

    VorlagenDialog(String programm, List<GremiumVorlage> vorlagen, Function<LocalDate, List<Gremium>> anlegen) {
        this.anlegen = anlegen;
        setHeaderTitle(getTranslation("gremien.vorlagen.titel"));
        setWidth("44rem");
        Grid<GremiumVorlage> liste = new Grid<>();
        liste.setId("vorlagen");
        liste.setAllRowsVisible(true);
        liste.addColumn(GremiumVorlage::name).setHeader(getTranslation("gremien.name")).setFlexGrow(2);
        liste.addColumn(v -> v.typ().text(getLocale())).setHeader(getTranslation("gremien.typ")).setFlexGrow(1);
        liste.addColumn(v -> vorlagen.stream().filter(o -> o.schluessel().equals(v.uebergeordnet()))
                        .map(GremiumVorlage::name).findFirst().orElse(Objects.requireNonNullElse(v.uebergeordnet(), "")))
                .setHeader(getTranslation("gremien.uebergeordnet")).setFlexGrow(1);
        liste.setItems(vorlagen);
        konstituiertAm = Darstellung.datumsfeld(getTranslation("gremien.konstituiert"), getLocale());
        konstituiertAm.setId("vorlagen-konstituiert");
        konstituiertAm.setRequiredIndicatorVisible(true);
        add(fehler, new Paragraph(getTranslation("gremien.vorlagen.hinweis", programm)), liste, konstituiertAm);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("gremien.vorlagen.anlegen"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("vorlagen-speichern");
        sichern.setEnabled(!vorlagen.isEmpty());
        getFooter().add(abbrechen, sichern);
    }

    private void sichern() {
        fehler.leeren();
        konstituiertAm.setInvalid(false);
        try {
            anlegen.apply(konstituiertAm.getValue());
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, Map.of("konstituiertAm", konstituiertAm), fehler, getLocale());
        }
    }
}
