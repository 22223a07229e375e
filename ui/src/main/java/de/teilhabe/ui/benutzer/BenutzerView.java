package de.teilhabe.ui.benutzer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.stream.Collectors;

/** The Kreis admin's accounts of the own Kreis: who may sign in, with which roles; passwords are set, never shown. */
@Route(value = "benutzer", layout = HauptLayout.class)
@Erlaubt(Rolle.KREIS_ADMIN)
@Prototype
public class BenutzerView extends VerticalLayout implements HasDynamicTitle {
    private final Benutzerverwaltung verwaltung;
    private final Grid<Konto> tabelle = new Grid<>();

    public BenutzerView(Benutzerverwaltung verwaltung) {
        this.verwaltung = verwaltung;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("benutzer.titel"));
        Button neu = new Button(getTranslation("benutzer.anlegen"), VaadinIcon.PLUS.create(), e -> oeffnen(null));
        neu.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        neu.setId("benutzer-anlegen");
        HorizontalLayout kopf = new HorizontalLayout(titel, neu);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        tabelle.setId("benutzer");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Konto::benutzername).setHeader(getTranslation("benutzer.benutzername")).setKey("benutzername")
                .setSortable(true).setFlexGrow(1);
        tabelle.addColumn(Konto::anzeigename).setHeader(getTranslation("benutzer.anzeigename")).setKey("anzeigename")
                .setFlexGrow(2);
        tabelle.addColumn(k -> k.rollen().stream().map(r -> getTranslation("rolle." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("benutzer.rollen")).setKey("rollen").setFlexGrow(2);
        tabelle.addColumn(k -> getTranslation(k.aktiv() ? "allgemein.ja" : "allgemein.nein"))
                .setHeader(getTranslation("benutzer.aktiv")).setKey("aktiv").setAutoWidth(true).setFlexGrow(0);
        tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        tabelle.addComponentColumn(k -> {
            Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen(k));
            bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            bearbeiten.setAriaLabel(getTranslation("benutzer.bearbeiten"));
            return bearbeiten;
        }).setKey("aktion").setAutoWidth(true).setFlexGrow(0);
        add(kopf, tabelle);
        laden();
    }

    private void oeffnen(Konto konto) {
        new BenutzerDialog(konto, daten -> speichern(konto, daten)).open();
    }

    private Konto speichern(Konto alt, BenutzerDaten daten) {
        Konto neu = alt == null ? verwaltung.anlegen(angemeldet(), daten) : verwaltung.aendern(angemeldet(), alt.id(), alt.version(), daten);
        laden();
        Notification.show(getTranslation("benutzer.gespeichert", neu.benutzername()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    private void laden() {
        tabelle.setItems(verwaltung.liste(angemeldet()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("benutzer.titel") + " · " + getTranslation("app.name");
    }
}
