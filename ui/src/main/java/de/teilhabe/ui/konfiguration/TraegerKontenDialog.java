package de.teilhabe.ui.konfiguration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.ui.komponenten.Fehleranzeige;

/**
 * Which Maßnahmeträger accounts work for a provider (Kreis admin): their users see the provider's own participants
 * and nothing else. An account works for one provider at a time; linking it here moves it.
 */
class TraegerKontenDialog extends Dialog {
    private final TraegerKonten konten;
    private final Nutzer nutzer;
    private final Traeger traeger;
    private final Grid<String> liste = new Grid<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    TraegerKontenDialog(Traeger traeger, TraegerKonten konten, Benutzerverwaltung benutzer, Nutzer nutzer) {
        this.konten = konten;
        this.nutzer = nutzer;
        this.traeger = traeger;
        setHeaderTitle(getTranslation("config.providers.accounts.title", traeger.stamm().name()));
        setWidth("36rem");
        liste.setId("traeger-konten");
        liste.setAllRowsVisible(true);
        liste.addColumn(name -> name).setHeader(getTranslation("config.providers.accounts.account")).setKey("konto");
        liste.addComponentColumn(name -> {
            Button loesen = new Button(VaadinIcon.UNLINK.create(), e -> {
                konten.loesen(nutzer, name);
                laden();
            });
            loesen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            loesen.setAriaLabel(getTranslation("config.providers.accounts.remove"));
            loesen.setTooltipText(getTranslation("config.providers.accounts.remove"));
            return loesen;
        }).setAutoWidth(true).setFlexGrow(0);
        ComboBox<String> neu = new ComboBox<>(getTranslation("config.providers.accounts.add"));
        neu.setId("traeger-konto-neu");
        neu.setItems(benutzer.liste(nutzer).stream().filter(k -> k.rollen().contains(Rolle.MASSNAHMETRAEGER))
                .map(Konto::benutzername).toList());
        Button zuordnen = new Button(getTranslation("config.providers.accounts.link"), VaadinIcon.LINK.create(), e -> {
            fehler.leeren();
            try {
                konten.zuordnen(nutzer, traeger.stamm().id(), neu.getValue());
                neu.clear();
                laden();
            } catch (FachlicherFehler f) {
                fehler.zeigen(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
            }
        });
        zuordnen.setId("traeger-konto-zuordnen");
        HorizontalLayout hinzufuegen = new HorizontalLayout(neu, zuordnen);
        hinzufuegen.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("config.providers.accounts.hint")), fehler, liste, hinzufuegen);
        getFooter().add(new Button(getTranslation("allgemein.schliessen"), e -> close()));
        laden();
    }

    private void laden() {
        liste.setItems(konten.konten(nutzer, traeger.stamm().id()));
    }
}
