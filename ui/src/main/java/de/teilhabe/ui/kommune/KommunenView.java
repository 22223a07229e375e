package de.teilhabe.ui.kommune;

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
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommuneDaten;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Kommunen of the user's Kreis; the Kreis-Admin creates and edits them. */
@Route(value = "kommunen", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.MASSNAHMETRAEGER,
        Rolle.GREMIUM_LESERECHT})
@Prototype
public class KommunenView extends VerticalLayout implements HasDynamicTitle {
    private final KommunenDienst dienst;
    private final Grid<Kommune> tabelle = new Grid<>();
    private List<Kommune> kommunen = List.of();

    public KommunenView(KommunenDienst dienst) {
        this.dienst = dienst;
        addClassName("seite");
        setSizeFull();
        add(kopf());
        spalten();
        add(tabelle);
        laden();
    }

    private HorizontalLayout kopf() {
        H2 titel = new H2(getTranslation("kommunen.titel"));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        if (angemeldet().hat(Rolle.KREIS_ADMIN)) {
            Button anlegen = new Button(getTranslation("kommunen.anlegen"), VaadinIcon.PLUS.create(),
                    e -> oeffnen(null));
            anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            anlegen.setId("kommune-anlegen");
            kopf.add(anlegen);
        }
        return kopf;
    }

    private void spalten() {
        tabelle.setId("kommunen");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Kommune::name).setHeader(getTranslation("kommune.name"))
                .setSortable(true).setFlexGrow(2).setKey("name");
        tabelle.addColumn(k -> jaNein(k.eigeneAuslaenderbehoerde())).setHeader(getTranslation("kommune.abh"));
        tabelle.addColumn(k -> jaNein(k.eigenesJugendamt())).setHeader(getTranslation("kommune.jugendamt"));
        tabelle.addColumn(k -> jaNein(k.integrationsrat())).setHeader(getTranslation("kommune.integrationsrat"));
        tabelle.addColumn(this::abhZustaendig).setHeader(getTranslation("kommune.abh.zustaendig")).setFlexGrow(2);
        if (angemeldet().hat(Rolle.KREIS_ADMIN)) {
            tabelle.addComponentColumn(k -> {
                Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen(k));
                bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                bearbeiten.setAriaLabel(getTranslation("kommunen.bearbeiten"));
                bearbeiten.setTooltipText(getTranslation("kommunen.bearbeiten"));
                return bearbeiten;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        }
    }

    private String jaNein(boolean wert) {
        return getTranslation(wert ? "allgemein.ja" : "allgemein.nein");
    }

    private String abhZustaendig(Kommune kommune) {
        if (kommune.eigeneAuslaenderbehoerde()) {
            return getTranslation("kommune.abh.eigene");
        }
        Map<UUID, String> namen = kommunen.stream().collect(Collectors.toMap(Kommune::id, Kommune::name));
        return kommune.abhKommuneId() == null ? getTranslation("kommune.abh.kreis")
                : getTranslation("kommune.abh.von", namen.getOrDefault(kommune.abhKommuneId(), "?"));
    }

    private void laden() {
        kommunen = dienst.liste(angemeldet());
        tabelle.setItems(kommunen);
    }

    private void oeffnen(Kommune kommune) {
        KommuneDialog dialog = new KommuneDialog(kommune, kommunen, daten -> speichern(kommune, daten));
        dialog.open();
    }

    private Kommune speichern(Kommune alt, KommuneDaten daten) {
        Kommune gespeichert = alt == null ? dienst.anlegen(angemeldet(), daten)
                : dienst.aendern(angemeldet(), alt.id(), alt.version(), daten);
        laden();
        Notification.show(getTranslation("kommunen.gespeichert", gespeichert.name()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return gespeichert;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kommunen.titel") + " · " + getTranslation("app.name");
    }
}
