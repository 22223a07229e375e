package de.teilhabe.ui.kommune;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommuneDaten;
import de.teilhabe.ui.komponenten.Eingabeformular;
import de.teilhabe.ui.komponenten.Fehleranzeige;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Create or edit one Kommune; receives data and a save function, not services. Bound to {@link KommuneDaten}. */
class KommuneDialog extends Dialog {
    private final Kommune kommune;
    private final List<Kommune> alle;
    private final Function<KommuneDaten, Kommune> speichern;
    private final TextField name = new TextField();
    private final Checkbox abh = new Checkbox();
    private final Checkbox jugendamt = new Checkbox();
    private final Checkbox integrationsrat = new Checkbox();
    private final Select<Optional<UUID>> abhZustaendig = new Select<>();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Eingabeformular<KommuneDaten> bindung = new Eingabeformular<>(KommuneDaten.class);

    KommuneDialog(Kommune kommune, List<Kommune> alle, Function<KommuneDaten, Kommune> speichern) {
        this.kommune = kommune;
        this.alle = alle;
        this.speichern = speichern;
        setHeaderTitle(getTranslation(kommune == null ? "kommune.dialog.neu" : "kommune.dialog.bearbeiten"));
        setWidth("36rem");
        felder();
        add(fehler, formular());
        Button abbrechen = new Button(getTranslation("allgemein.abbrechen"), e -> close());
        Button sichern = new Button(getTranslation("allgemein.speichern"), e -> sichern());
        sichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sichern.setId("kommune-speichern");
        getFooter().add(abbrechen, sichern);
    }

    private void felder() {
        name.setLabel(getTranslation("kommune.name"));
        name.setId("kommune-name");
        name.setRequiredIndicatorVisible(true);
        abh.setLabel(getTranslation("kommune.abh.lang"));
        jugendamt.setLabel(getTranslation("kommune.jugendamt.lang"));
        integrationsrat.setLabel(getTranslation("kommune.integrationsrat"));
        abhZustaendig.setLabel(getTranslation("kommune.abh.zustaendig"));
        abhZustaendig.setId("kommune-abh-zustaendig");
        List<Optional<UUID>> optionen = new java.util.ArrayList<>();
        optionen.add(Optional.empty());
        alle.stream().filter(Kommune::eigeneAuslaenderbehoerde)
                .filter(k -> kommune == null || !k.id().equals(kommune.id()))
                .forEach(k -> optionen.add(Optional.of(k.id())));
        abhZustaendig.setItems(optionen);
        abhZustaendig.setItemLabelGenerator(o -> o.map(this::nameVon).orElse(getTranslation("kommune.abh.kreis")));
        abhZustaendig.setValue(Optional.empty());
        abh.addValueChangeListener(e -> {
            abhZustaendig.setEnabled(!e.getValue());
            if (e.getValue()) {
                abhZustaendig.setValue(Optional.empty());
            }
        });
        bindung.feld("name", name, Converter.from(n -> Result.ok(n.trim()), n -> n))
                .feld("eigeneAuslaenderbehoerde", abh).feld("eigenesJugendamt", jugendamt)
                .feld("integrationsrat", integrationsrat)
                .feld("abhKommuneId", abhZustaendig, Converter.from(o -> Result.ok(o.orElse(null)), Optional::ofNullable));
        if (kommune != null) {
            bindung.lesen(new KommuneDaten(kommune.name(), kommune.eigeneAuslaenderbehoerde(),
                    kommune.eigenesJugendamt(), kommune.integrationsrat(), kommune.abhKommuneId()));
        }
    }

    private String nameVon(UUID id) {
        return alle.stream().filter(k -> k.id().equals(id)).map(Kommune::name).findFirst().orElse("?");
    }

    private FormLayout formular() {
        FormLayout layout = new FormLayout(name, abhZustaendig, abh, jugendamt, integrationsrat);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(name, 2);
        layout.setColspan(abhZustaendig, 2);
        return layout;
    }

    private void sichern() {
        fehler.leeren();
        try {
            speichern.apply(bindung.werte());
            close();
        } catch (FachlicherFehler f) {
            bindung.zeigen(f, fehler, getLocale());
        }
    }
}
