package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Create (from the program's catalog, filled in by the platform's suggestion) or edit one Förderbaustein. */
class BausteinDialog extends Dialog {
    private final Baustein baustein;
    private final String programmId;
    private final List<Kommune> kommunen;
    private final Function<BausteinDaten, Baustein> speichern;
    private final Select<Foerderbaustein> katalog = new Select<>();
    private final Select<Optional<UUID>> traegerschaft = new Select<>();
    private final DatePicker beginn;
    private final DatePicker ende;
    private final BigDecimalField budget = new BigDecimalField();
    private final BigDecimalField anteil = new BigDecimalField();
    private final TextArea notizen = new TextArea();
    private final Div beschreibung = new Div();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Map<String, HasValidation> felder = new HashMap<>();

    BausteinDialog(Baustein baustein, String programmId, List<Foerderbaustein> angebot, List<Kommune> kommunen,
                   IntFunction<BausteinDaten> vorschlag, Function<BausteinDaten, Baustein> speichern) {
        this.baustein = baustein;
        this.programmId = programmId;
        this.kommunen = kommunen;
        this.speichern = speichern;
        this.beginn = Darstellung.datumsfeld(getTranslation("config.modules.start"), getLocale());
        this.ende = Darstellung.datumsfeld(getTranslation("config.modules.end"), getLocale());
        setHeaderTitle(getTranslation(baustein == null ? "config.modules.dialog.new" : "config.modules.dialog.edit"));
        setWidth("40rem");
        katalog.setLabel(getTranslation("config.measures.module"));
        katalog.setId("baustein-katalog");
        katalog.setItems(angebot);
        katalog.setItemLabelGenerator(f -> "FB " + f.nummer() + " – " + f.name());
        katalog.setRequiredIndicatorVisible(true);
        traegerschaft.setLabel(getTranslation("config.modules.holder"));
        traegerschaft.setId("baustein-kommune");
        List<Optional<UUID>> optionen = new ArrayList<>();
        optionen.add(Optional.empty());
        kommunen.forEach(k -> optionen.add(Optional.of(k.id())));
        traegerschaft.setItems(optionen);
        traegerschaft.setItemLabelGenerator(o -> o.map(this::name).orElse(getTranslation("config.modules.holder.district")));
        traegerschaft.setValue(Optional.empty());
        beginn.setId("baustein-beginn");
        ende.setId("baustein-ende");
        budget.setLabel(getTranslation("config.modules.budget"));
        budget.setId("baustein-budget");
        budget.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        anteil.setLabel(getTranslation("config.modules.share"));
        anteil.setId("baustein-anteil");
        anteil.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        notizen.setLabel(getTranslation("config.modules.notes"));
        notizen.setId("baustein-notizen");
        beschreibung.addClassName("baustein-beschreibung");
        beschreibung.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        felder.put("nummer", katalog);
        felder.put("kommuneId", traegerschaft);
        felder.put("beginn", beginn);
        felder.put("ende", ende);
        felder.put("budget", budget);
        felder.put("landesanteilProzent", anteil);
        felder.put("notizen", notizen);
        if (baustein == null) {
            katalog.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    beschreibung.setText(e.getValue().beschreibung());
                    BausteinDaten v = vorschlag.apply(e.getValue().nummer());
                    beginn.setValue(v.beginn());
                    ende.setValue(v.ende());
                    budget.setValue(v.budget());
                    anteil.setValue(v.landesanteilProzent());
                }
            });
        } else {
            angebot.stream().filter(f -> f.nummer() == baustein.nummer()).findFirst().ifPresent(f -> {
                katalog.setValue(f);
                beschreibung.setText(f.beschreibung());
            });
            katalog.setReadOnly(true);
            traegerschaft.setValue(Optional.ofNullable(baustein.kommuneId()));
            beginn.setValue(baustein.beginn());
            ende.setValue(baustein.ende());
            budget.setValue(baustein.budget());
            anteil.setValue(baustein.landesanteilProzent());
            notizen.setValue(baustein.notizen() == null ? "" : baustein.notizen());
        }
        FormLayout formular = new FormLayout(katalog, beschreibung, traegerschaft, beginn, ende, budget, anteil, notizen);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        formular.setColspan(katalog, 2);
        formular.setColspan(beschreibung, 2);
        formular.setColspan(traegerschaft, 2);
        formular.setColspan(notizen, 2);
        add(fehler, formular);
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("baustein-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private String name(UUID id) {
        return kommunen.stream().filter(k -> k.id().equals(id)).map(Kommune::name).findFirst().orElse("?");
    }

    private void sichern() {
        fehler.leeren();
        felder.values().forEach(f -> f.setInvalid(false));
        BausteinDaten daten = new BausteinDaten(programmId, katalog.getValue() == null ? null : katalog.getValue().nummer(),
                traegerschaft.getValue() == null ? null : traegerschaft.getValue().orElse(null), beginn.getValue(),
                ende.getValue(), budget.getValue(), anteil.getValue(), notizen.getValue());
        try {
            speichern.apply(daten);
            close();
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
        }
    }
}
