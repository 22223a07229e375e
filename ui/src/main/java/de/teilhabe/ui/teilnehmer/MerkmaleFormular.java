package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import de.teilhabe.platform.teilnehmer.MerkmalDaten;
import de.teilhabe.platform.teilnehmer.Personenmerkmal;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The work ban and exclusion facts known at intake, each with its period (from, and the end where it is known); rows
 * are added and removed, the platform's errors {@code merkmale[i].ab} appear at row i's fields.
 */
class MerkmaleFormular extends VerticalLayout {
    private final List<Zeile> zeilen = new ArrayList<>();
    private final VerticalLayout liste = new VerticalLayout();

    private final class Zeile extends HorizontalLayout {
        private final Select<Personenmerkmal> merkmal = new Select<>();
        private final DatePicker ab = Darstellung.datumsfeld(Texte.text("teilnehmer.ab"), getLocale());
        private final DatePicker bis = Darstellung.datumsfeld(Texte.text("teilnehmer.merkmal.bis"), getLocale());

        Zeile() {
            merkmal.setLabel(Texte.text("teilnehmer.merkmal"));
            merkmal.setItems(Personenmerkmal.values());
            merkmal.setItemLabelGenerator(m -> m == null ? "" : m.text(getLocale()));
            merkmal.setValue(Personenmerkmal.BESCHAEFTIGUNGSVERBOT);
            merkmal.setWidth("22rem");
            merkmal.addClassName("aufnahme-merkmal-art");
            ab.addClassName("aufnahme-merkmal-ab");
            bis.addClassName("aufnahme-merkmal-bis");
            bis.setHelperText(Texte.text("teilnehmer.merkmal.bis.hilfe"));
            Button entfernen = Knoepfe.symbol(VaadinIcon.TRASH, "teilnehmer.merkmal.entfernen", "aufnahme-merkmal-entfernen",
                    () -> entfernen(this));
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(merkmal, ab, bis, entfernen);
        }

        MerkmalDaten daten() {
            return new MerkmalDaten(merkmal.getValue(), ab.getValue(), bis.getValue(), null);
        }
    }

    MerkmaleFormular() {
        setPadding(false);
        liste.setPadding(false);
        liste.setId("aufnahme-merkmale");
        Button neu = new Button(getTranslation("teilnehmer.merkmal.hinzufuegen"), VaadinIcon.PLUS.create(), e -> hinzufuegen());
        neu.setId("aufnahme-merkmal-neu");
        add(liste, neu);
    }

    void hinzufuegen() {
        Zeile zeile = new Zeile();
        zeilen.add(zeile);
        liste.add(zeile);
    }

    private void entfernen(Zeile zeile) {
        zeilen.remove(zeile);
        liste.remove(zeile);
    }

    List<MerkmalDaten> daten() {
        return zeilen.stream().map(Zeile::daten).toList();
    }

    /** The fields by the platform's names: {@code merkmale[0].merkmal}, {@code merkmale[0].ab} … */
    Map<String, HasValidation> felder() {
        Map<String, HasValidation> felder = new HashMap<>();
        for (int i = 0; i < zeilen.size(); i++) {
            Zeile z = zeilen.get(i);
            felder.put("merkmale[" + i + "].merkmal", z.merkmal);
            felder.put("merkmale[" + i + "].ab", z.ab);
            felder.put("merkmale[" + i + "].bis", z.bis);
        }
        return felder;
    }
}
