package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.Ebene;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.GremiumDaten;
import de.teilhabe.platform.gremium.GremiumStamm;
import de.teilhabe.platform.gremium.GremiumTyp;
import de.teilhabe.platform.gremium.Rhythmus;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Create or change a Gremium: type, level, programs, parent, purpose and tasks, rhythm, lifetime. */
class GremiumDialog extends Dialog {
    private final Function<GremiumDaten, Gremium> speichern;
    private final TextField name = new TextField();
    private final Select<GremiumTyp> typ = new Select<>();
    private final Select<Ebene> ebene = new Select<>();
    private final MultiSelectComboBox<String> programme = new MultiSelectComboBox<>();
    private final ComboBox<Gremium> uebergeordnet = new ComboBox<>();
    private final TextArea zweck = new TextArea();
    private final TextArea aufgaben = new TextArea();
    private final IntegerField abstandTage = new IntegerField();
    private final IntegerField proJahr = new IntegerField();
    private final Checkbox nachBedarf = new Checkbox();
    private final TextField rhythmusText = new TextField();
    private final DatePicker konstituiertAm;
    private final DatePicker aufgeloestAm;
    private final Fehleranzeige fehler = new Fehleranzeige();

    GremiumDialog(GremiumStamm gremium, List<Gremium> alle, List<String> aktiveProgramme,
                  Function<GremiumDaten, Gremium> speichern) {
        this.speichern = speichern;
        setHeaderTitle(getTranslation(gremium == null ? "gremien.dialog.neu" : "gremien.dialog.aendern"));
        setWidth("52rem");
        name.setLabel(getTranslation("gremien.name"));
        name.setId("gremium-name");
        name.setRequiredIndicatorVisible(true);
        typ.setLabel(getTranslation("gremien.typ"));
        typ.setId("gremium-typ");
        typ.setItems(GremiumTyp.values());
        typ.setItemLabelGenerator(t -> t.text(getLocale()));
        typ.setRequiredIndicatorVisible(true);
        ebene.setLabel(getTranslation("gremien.ebene"));
        ebene.setId("gremium-ebene");
        ebene.setItems(Ebene.values());
        ebene.setEmptySelectionAllowed(true);
        ebene.setItemLabelGenerator(e -> e == null ? "" : e.text(getLocale()));
        programme.setLabel(getTranslation("gremien.programme"));
        programme.setId("gremium-programme");
        programme.setItems(programmAuswahl(gremium, aktiveProgramme));
        programme.setItemLabelGenerator(p -> {
            String text = getTranslation("config.program." + p);
            return text.startsWith("!") ? p : text;
        });
        uebergeordnet.setLabel(getTranslation("gremien.uebergeordnet"));
        uebergeordnet.setId("gremium-uebergeordnet");
        uebergeordnet.setItems(alle.stream().filter(g -> gremium == null || !g.id().equals(gremium.id())).toList());
        uebergeordnet.setItemLabelGenerator(Gremium::name);
        uebergeordnet.setClearButtonVisible(true);
        zweck.setLabel(getTranslation("gremien.zweck"));
        zweck.setId("gremium-zweck");
        aufgaben.setLabel(getTranslation("gremien.aufgaben"));
        aufgaben.setId("gremium-aufgaben");
        aufgaben.setHelperText(getTranslation("gremien.aufgaben.hilfe"));
        abstandTage.setLabel(getTranslation("gremien.rhythmus.abstand"));
        abstandTage.setId("gremium-abstand");
        proJahr.setLabel(getTranslation("gremien.rhythmus.projahr"));
        proJahr.setId("gremium-projahr");
        nachBedarf.setLabel(getTranslation("gremien.rhythmus.bedarf"));
        rhythmusText.setLabel(getTranslation("gremien.rhythmus.beschreibung"));
        konstituiertAm = Darstellung.datumsfeld(getTranslation("gremien.konstituiert"), getLocale());
        konstituiertAm.setId("gremium-konstituiert");
        konstituiertAm.setRequiredIndicatorVisible(true);
        aufgeloestAm = Darstellung.datumsfeld(getTranslation("gremien.aufgeloest"), getLocale());
        aufgeloestAm.setId("gremium-aufgeloest");
        if (gremium != null) {
            fuellen(gremium, alle);
        } else {
            typ.setValue(GremiumTyp.ARBEITSGRUPPE);
            programme.setValue(aktiveProgramme.isEmpty() ? List.of() : List.of(aktiveProgramme.get(0)));
        }
        FormLayout formular = new FormLayout(name, typ, ebene, programme, uebergeordnet, konstituiertAm, aufgeloestAm,
                abstandTage, proJahr, nachBedarf, rhythmusText, zweck, aufgaben);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(name, 2);
        formular.setColspan(rhythmusText, 2);
        formular.setColspan(zweck, 2);
        formular.setColspan(aufgaben, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("gremium-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private static List<String> programmAuswahl(GremiumStamm gremium, List<String> aktive) {
        var alle = new java.util.LinkedHashSet<>(aktive);
        if (gremium != null) {
            alle.addAll(gremium.programme());
        }
        return List.copyOf(alle);
    }

    private void fuellen(GremiumStamm g, List<Gremium> alle) {
        name.setValue(g.name());
        typ.setValue(g.typ());
        ebene.setValue(g.ebene());
        programme.setValue(new HashSet<>(g.programme()));
        alle.stream().filter(o -> o.id().equals(g.uebergeordnetId())).findFirst().ifPresent(uebergeordnet::setValue);
        zweck.setValue(Objects.requireNonNullElse(g.zweck(), ""));
        aufgaben.setValue(String.join("\n", g.aufgaben()));
        abstandTage.setValue(g.rhythmus().abstandTage());
        proJahr.setValue(g.rhythmus().sitzungenProJahr());
        nachBedarf.setValue(g.rhythmus().nachBedarf());
        rhythmusText.setValue(Objects.requireNonNullElse(g.rhythmus().beschreibung(), ""));
        konstituiertAm.setValue(g.konstituiertAm());
        aufgeloestAm.setValue(g.aufgeloestAm());
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.ofEntries(Map.entry("name", name), Map.entry("typ", typ),
                Map.entry("programme", programme), Map.entry("uebergeordnetId", uebergeordnet),
                Map.entry("zweck", zweck), Map.entry("aufgaben", aufgaben),
                Map.entry("rhythmus.abstandTage", abstandTage), Map.entry("rhythmus.sitzungenProJahr", proJahr),
                Map.entry("rhythmus.beschreibung", rhythmusText), Map.entry("konstituiertAm", konstituiertAm),
                Map.entry("aufgeloestAm", aufgeloestAm));
        felder.values().forEach(f -> f.setInvalid(false));
        GremiumDaten daten = new GremiumDaten(name.getValue(), typ.getValue(), ebene.getValue(),
                List.copyOf(programme.getValue()),
                uebergeordnet.getValue() == null ? null : uebergeordnet.getValue().id(), zweck.getValue(),
                Arrays.stream(aufgaben.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                new Rhythmus(abstandTage.getValue(), proJahr.getValue(), nachBedarf.getValue(), rhythmusText.getValue()),
                konstituiertAm.getValue(), aufgeloestAm.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
