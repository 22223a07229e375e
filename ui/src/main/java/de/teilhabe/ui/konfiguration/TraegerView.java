package de.teilhabe.ui.konfiguration;

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
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.platform.traeger.Traeger;
import de.teilhabe.platform.traeger.TraegerDaten;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The directory of providers (Maßnahmeträger): names, legal form, contacts, the Kommunen they serve. */
@Route(value = "konfiguration/traeger", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class TraegerView extends VerticalLayout implements HasDynamicTitle {
    private final TraegerVerzeichnis verzeichnis;
    private final TraegerKonten konten;
    private final Benutzerverwaltung benutzer;
    private final KommunenDienst kommunenDienst;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final Grid<Traeger> tabelle = new Grid<>();
    private List<Kommune> kommunen = List.of();

    public TraegerView(TraegerVerzeichnis verzeichnis, KommunenDienst kommunenDienst, TraegerKonten konten,
                       Benutzerverwaltung benutzer) {
        this.verzeichnis = verzeichnis;
        this.konten = konten;
        this.benutzer = benutzer;
        this.kommunenDienst = kommunenDienst;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("config.providers.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        if (schreiben) {
            Button anlegen = new Button(getTranslation("config.providers.create"), VaadinIcon.PLUS.create(), e -> oeffnen(null));
            anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            anlegen.setId("traeger-anlegen");
            kopf.add(anlegen);
        }
        add(kopf);
        spalten();
        add(tabelle);
        laden();
    }

    private void spalten() {
        tabelle.setId("traeger");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(t -> t.stamm().name()).setHeader(getTranslation("config.providers.name")).setKey("name")
                .setSortable(true).setComparator(t -> t.stamm().name()).setFlexGrow(3);
        tabelle.addColumn(t -> Objects.requireNonNullElse(t.stamm().kurzname(), ""))
                .setHeader(getTranslation("config.providers.short")).setKey("kurzname").setSortable(true)
                .setComparator(t -> Objects.requireNonNullElse(t.stamm().kurzname(), "")).setFlexGrow(1);
        tabelle.addColumn(t -> Objects.requireNonNullElse(t.stamm().rechtsform(), ""))
                .setHeader(getTranslation("config.providers.legal")).setKey("rechtsform").setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(this::orte).setHeader(getTranslation("config.measures.municipalities")).setKey("kommunen")
                .setFlexGrow(2);
        tabelle.addColumn(t -> t.kontakte().stream().map(k -> k.funktion() == null ? k.name() : k.name() + " (" + k.funktion() + ")")
                .collect(Collectors.joining(", "))).setHeader(getTranslation("config.providers.contacts")).setKey("kontakte")
                .setFlexGrow(2);
        if (schreiben) {
            tabelle.addComponentColumn(t -> {
                Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen(t));
                bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                bearbeiten.setAriaLabel(getTranslation("config.providers.edit"));
                bearbeiten.setTooltipText(getTranslation("config.providers.edit"));
                return bearbeiten;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        }
        if (angemeldet().hat(Rolle.KREIS_ADMIN)) {
            tabelle.addComponentColumn(t -> {
                Button zugaenge = new Button(getTranslation("config.providers.accounts"), VaadinIcon.KEY.create(),
                        e -> new TraegerKontenDialog(t, konten, benutzer, angemeldet()).open());
                zugaenge.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                zugaenge.addClassName("traeger-konten");
                return zugaenge;
            }).setHeader("").setKey("konten").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private String orte(Traeger t) {
        return kommunen.stream().filter(k -> t.kommunen().contains(k.id())).map(Kommune::name)
                .collect(Collectors.joining(", "));
    }

    private void laden() {
        kommunen = kommunenDienst.liste(angemeldet());
        tabelle.setItems(verzeichnis.liste(angemeldet()).stream().map(Massnahmetraeger::id)
                .map(id -> verzeichnis.lesen(angemeldet(), id)).toList());
    }

    private void oeffnen(Traeger traeger) {
        new TraegerDialog(traeger, kommunen, daten -> speichern(traeger, daten)).open();
    }

    private Traeger speichern(Traeger alt, TraegerDaten daten) {
        Traeger neu = alt == null ? verzeichnis.anlegen(angemeldet(), daten) : verzeichnis.aendern(angemeldet(), alt.id(), alt.version(), daten);
        laden();
        Notification.show(getTranslation("config.providers.saved", neu.stamm().name()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.providers.title") + " · " + getTranslation("app.name");
    }
}
