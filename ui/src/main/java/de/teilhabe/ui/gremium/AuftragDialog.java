package de.teilhabe.ui.gremium;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.AuftragDaten;
import de.teilhabe.platform.gremium.BeschlussAnsicht;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.Person;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A task from a meeting: what, for which decision, assigned to a Gremium or a person, due when. */
class AuftragDialog extends Dialog {
    private final TextArea text = new TextArea();
    private final Select<BeschlussAnsicht> beschluss = new Select<>();
    private final ComboBox<Gremium> gremium = new ComboBox<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final DatePicker faellig;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Consumer<AuftragDaten> anlegen;

    AuftragDialog(List<Gremium> gremien, List<Person> personen, List<BeschlussAnsicht> beschluesse,
                  Consumer<AuftragDaten> anlegen) {
        this.anlegen = anlegen;
        setHeaderTitle(getTranslation("gremien.auftrag.neu"));
        setWidth("44rem");
        text.setLabel(getTranslation("gremien.auftrag"));
        text.setId("auftrag-text");
        text.setRequiredIndicatorVisible(true);
        beschluss.setLabel(getTranslation("gremien.auftrag.beschluss"));
        beschluss.setId("auftrag-beschluss");
        beschluss.setItems(beschluesse);
        beschluss.setEmptySelectionAllowed(true);
        beschluss.setItemLabelGenerator(b -> b == null ? "" : getTranslation("gremien.beschluss.nummer", b.nummer())
                + " " + kurz(b.text()));
        if (beschluesse.size() == 1) {
            beschluss.setValue(beschluesse.get(0));
        }
        gremium.setLabel(getTranslation("gremien.auftrag.an.gremium"));
        gremium.setId("auftrag-gremium");
        gremium.setItems(gremien);
        gremium.setItemLabelGenerator(Gremium::name);
        gremium.setClearButtonVisible(true);
        gremium.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                person.clear();
            }
        });
        person.setLabel(getTranslation("gremien.auftrag.an.person"));
        person.setId("auftrag-person");
        person.setItems(personen);
        person.setItemLabelGenerator(Person::name);
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                gremium.clear();
            }
        });
        faellig = Darstellung.datumsfeld(getTranslation("gremien.faellig"), getLocale());
        faellig.setId("auftrag-faellig");
        faellig.setRequiredIndicatorVisible(true);
        FormLayout formular = new FormLayout(text, beschluss, faellig, gremium, person);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(text, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button ok = new Button(getTranslation("gremien.auftrag.erteilen"), e -> sichern());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("auftrag-speichern");
        getFooter().add(abbrechen, ok);
    }

    private static String kurz(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private void sichern() {
        fehler.leeren();
        Map<String, HasValidation> felder = Map.of("text", text, "beschlussId", beschluss, "faelligAm", faellig,
                "zustaendig", gremium, "zustaendigGremiumId", gremium, "zustaendigPersonId", person);
        felder.values().forEach(f -> f.setInvalid(false));
        try {
            anlegen.accept(new AuftragDaten(text.getValue(), beschluss.getValue() == null ? null : beschluss.getValue().id(),
                    gremium.getValue() == null ? null : gremium.getValue().id(),
                    person.getValue() == null ? null : person.getValue().id(), faellig.getValue(), null));
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
