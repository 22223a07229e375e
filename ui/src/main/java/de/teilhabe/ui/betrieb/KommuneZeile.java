package de.teilhabe.ui.betrieb;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.teilhabe.platform.kreis.KommuneAntrag;

import java.util.ArrayList;
import java.util.List;

/** One Kommune in the wizard: name, own ABH / Jugendamt / Integrationsrat, which ABH serves it. */
class KommuneZeile extends HorizontalLayout {
    static final String KREIS_ABH = "";
    private final TextField name = new TextField();
    private final Checkbox abh = new Checkbox();
    private final Checkbox jugendamt = new Checkbox();
    private final Checkbox integrationsrat = new Checkbox();
    private final Select<String> abhZustaendig = new Select<>();
    private final Button entfernen = new Button(VaadinIcon.CLOSE_SMALL.create());

    KommuneZeile(Runnable geaendert, Runnable entfernt) {
        addClassName("kommune-zeile");
        setAlignItems(Alignment.BASELINE);
        setWidthFull();
        name.setLabel(getTranslation("kommune.name"));
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        name.setRequiredIndicatorVisible(true);
        abh.setLabel(getTranslation("kommune.abh"));
        abh.setTooltipText(getTranslation("kommune.abh.lang"));
        jugendamt.setLabel(getTranslation("kommune.jugendamt"));
        jugendamt.setTooltipText(getTranslation("kommune.jugendamt.lang"));
        integrationsrat.setLabel(getTranslation("kommune.integrationsrat"));
        abhZustaendig.setLabel(getTranslation("kommune.abh.zustaendig"));
        abhZustaendig.setItemLabelGenerator(n -> n.isEmpty() ? getTranslation("kommune.abh.kreis") : n);
        abhZustaendig.setItems(List.of(KREIS_ABH));
        abhZustaendig.setValue(KREIS_ABH);
        entfernen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        entfernen.setAriaLabel(getTranslation("onboarding.kommune.entfernen"));
        entfernen.setTooltipText(getTranslation("onboarding.kommune.entfernen"));
        entfernen.addClickListener(e -> entfernt.run());
        name.addValueChangeListener(e -> geaendert.run());
        abh.addValueChangeListener(e -> {
            abhZustaendig.setEnabled(!e.getValue());
            geaendert.run();
        });
        add(name, abh, jugendamt, integrationsrat, abhZustaendig, entfernen);
        setFlexGrow(2, name);
        setFlexGrow(1, abhZustaendig);
    }

    /** Element ids for tests and labels, by row position. */
    void nummerieren(int index) {
        name.setId("kommune-" + index + "-name");
        abh.setId("kommune-" + index + "-abh");
        jugendamt.setId("kommune-" + index + "-jugendamt");
        integrationsrat.setId("kommune-" + index + "-integrationsrat");
        abhZustaendig.setId("kommune-" + index + "-abh-zustaendig");
        entfernen.setId("kommune-" + index + "-entfernen");
    }

    String name() {
        return name.getValue().trim();
    }

    boolean hatEigeneAbh() {
        return abh.getValue();
    }

    boolean leer() {
        return name().isEmpty() && !abh.getValue() && !jugendamt.getValue() && !integrationsrat.getValue();
    }

    /** Offers the Kreis-ABH and every other Kommune with its own ABH; keeps the choice while still offered. */
    void abhAuswahl(List<String> kommunenMitAbh) {
        String gewaehlt = abhZustaendig.getValue();
        List<String> optionen = new ArrayList<>();
        optionen.add(KREIS_ABH);
        kommunenMitAbh.stream().filter(n -> !n.equals(name())).forEach(optionen::add);
        abhZustaendig.setItems(optionen);
        abhZustaendig.setValue(optionen.contains(gewaehlt) ? gewaehlt : KREIS_ABH);
    }

    KommuneAntrag antrag() {
        String zustaendig = abh.getValue() || KREIS_ABH.equals(abhZustaendig.getValue()) ? null : abhZustaendig.getValue();
        return new KommuneAntrag(name(), abh.getValue(), jugendamt.getValue(), integrationsrat.getValue(), zustaendig);
    }

    TextField nameFeld() {
        return name;
    }

    Select<String> abhFeld() {
        return abhZustaendig;
    }

    void fehlerLeeren() {
        name.setInvalid(false);
        abhZustaendig.setInvalid(false);
    }
}
