package de.teilhabe.ui.gremium;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.ExportDienst;
import de.teilhabe.platform.gremium.GremienDienst;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.GremiumStamm;
import de.teilhabe.platform.gremium.GremiumAnsicht;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.platform.gremium.MitgliedschaftenDienst;
import de.teilhabe.platform.gremium.Mitgliedschaftsende;
import de.teilhabe.platform.gremium.PersonenDienst;
import de.teilhabe.platform.gremium.SitzungKurz;
import de.teilhabe.platform.gremium.SitzungenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.ui.komponenten.Angabe;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One Gremium: where it sits in the structure, purpose, tasks and rhythm, its members (with history), empty
 * seats and meetings; member list export as PDF and XLSX.
 */
@Route(value = "gremien/:id", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class GremiumView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final GremienDienst gremien;
    private final MitgliedschaftenDienst mitgliedschaften;
    private final PersonenDienst personen;
    private final SitzungenDienst sitzungen;
    private final ExportDienst export;
    private final ProgrammDienst programmDienst;
    private final boolean schreiben = Rechte.schreiben(angemeldet());
    private final Grid<Mitglied> mitglieder = new Grid<>();
    private final Grid<SitzungKurz> sitzungsliste = new Grid<>();
    private final Checkbox verlauf = new Checkbox();
    private GremiumAnsicht ansicht;

    public GremiumView(GremienDienst gremien, MitgliedschaftenDienst mitgliedschaften, PersonenDienst personen,
                       SitzungenDienst sitzungen, ExportDienst export, ProgrammDienst programmDienst) {
        this.gremien = gremien;
        this.mitgliedschaften = mitgliedschaften;
        this.personen = personen;
        this.sitzungen = sitzungen;
        this.export = export;
        this.programmDienst = programmDienst;
        addClassName("seite");
        setSizeFull();
        mitgliederSpalten();
        sitzungsSpalten();
        verlauf.setLabel(getTranslation("gremien.mitglieder.verlauf"));
        verlauf.setId("mitglieder-verlauf");
        verlauf.addValueChangeListener(e -> mitgliederZeigen());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            laden(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException | FachlicherFehler e) {
            event.rerouteTo(StrukturView.class);
        }
    }

    private void laden(UUID id) {
        ansicht = gremien.ansicht(angemeldet(), id);
        removeAll();
        GremiumStamm g = ansicht.gremium();
        H2 titel = new H2(g.name());
        titel.setId("gremium-titel");
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        kopf.add(Dokumentexport.knopf("mitgliederliste-pdf", getTranslation("gremien.export.mitglieder.pdf"),
                        dateiname(g.name()), Dateiformat.PDF,
                        () -> export.mitgliederliste(angemeldet(), g.id(), null, getLocale())),
                Dokumentexport.knopf("mitgliederliste-xlsx", getTranslation("gremien.export.mitglieder.xlsx"),
                        dateiname(g.name()), Dateiformat.XLSX,
                        () -> export.mitgliederliste(angemeldet(), g.id(), null, getLocale())));
        if (schreiben) {
            Button aendern = new Button(getTranslation("gremien.dialog.aendern"), VaadinIcon.EDIT.create(),
                    e -> new GremiumDialog(g, gremien.liste(angemeldet(), null), programmDienst.aktiveProgramme(angemeldet()),
                            daten -> gespeichert(gremien.aendern(angemeldet(), g.id(), g.version(), daten))).open());
            aendern.setId("gremium-aendern");
            kopf.add(aendern);
        }
        add(kopf, angaben(), mitgliederTeil(), sitzeTeil(), sitzungenTeil());
        mitgliederZeigen();
        sitzungsliste.setItems(ansicht.sitzungen());
    }

    private static String dateiname(String name) {
        return name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    private Div angaben() {
        GremiumStamm g = ansicht.gremium();
        Div angaben = new Div();
        angaben.addClassName("angaben");
        angaben.add(new Angabe(getTranslation("gremien.typ"), new Span(g.typ().text(getLocale())
                + (g.ebene() == null ? "" : " · " + g.ebene().text(getLocale())))));
        angaben.add(new Angabe(getTranslation("gremien.programme"), new Span(String.join(", ", g.programme().stream()
                .map(p -> {
                    String t = getTranslation("config.program." + p);
                    return t.startsWith("!") ? p : t;
                }).toList()))));
        if (g.uebergeordnetId() != null) {
            angaben.add(new Angabe(getTranslation("gremien.uebergeordnet"), link(g.uebergeordnetId(), ansicht.uebergeordnet())));
        }
        if (!ansicht.untergremien().isEmpty()) {
            Div unten = new Div();
            ansicht.untergremien().forEach(v -> unten.add(link(v.id(), v.name()), new Span(" ")));
            angaben.add(new Angabe(getTranslation("gremien.untergremien"), unten));
        }
        angaben.add(new Angabe(getTranslation("gremien.rhythmus"), new Span(Anzeige.rhythmus(g.rhythmus()))));
        angaben.add(new Angabe(getTranslation("gremien.konstituiert"), new Span(Darstellung.datum(g.konstituiertAm(), getLocale())
                + (g.aufgeloestAm() == null ? "" : " – " + Darstellung.datum(g.aufgeloestAm(), getLocale())))));
        if (g.zweck() != null) {
            angaben.add(new Angabe(getTranslation("gremien.zweck"), new Span(g.zweck())));
        }
        if (!g.aufgaben().isEmpty()) {
            UnorderedList liste = new UnorderedList();
            g.aufgaben().forEach(a -> liste.add(new ListItem(a)));
            angaben.add(new Angabe(getTranslation("gremien.aufgaben"), liste));
        }
        return angaben;
    }

    private static RouterLink link(UUID id, String name) {
        return new RouterLink(name, GremiumView.class, new RouteParameters("id", id.toString()));
    }

    private Component mitgliederTeil() {
        H3 titel = new H3(getTranslation("gremien.mitglieder"));
        HorizontalLayout kopf = new HorizontalLayout(titel, verlauf);
        kopf.setWidthFull();
        kopf.expand(titel);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (schreiben) {
            Button neu = new Button(getTranslation("gremien.mitglied.neu"), VaadinIcon.PLUS.create(),
                    e -> mitgliedDialog(null));
            neu.setId("mitglied-anlegen");
            kopf.add(neu);
        }
        return new VerticalLayout(kopf, mitglieder) {{
            setPadding(false);
        }};
    }

    private void mitgliederSpalten() {
        mitglieder.setId("mitglieder");
        mitglieder.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        mitglieder.setAllRowsVisible(true);
        mitglieder.addColumn(m -> m.rolle().text(getLocale())).setHeader(getTranslation("gremien.rolle"))
                .setKey("rolle").setAutoWidth(true).setFlexGrow(0);
        mitglieder.addColumn(m -> Objects.requireNonNullElse(m.person(), "N. N.")).setHeader(getTranslation("gremien.person"))
                .setKey("person").setFlexGrow(2);
        mitglieder.addColumn(m -> Objects.requireNonNullElse(m.funktion(), "")).setHeader(getTranslation("gremien.funktion"))
                .setKey("funktion").setFlexGrow(2);
        mitglieder.addColumn(Mitglied::organisation).setHeader(getTranslation("gremien.organisation"))
                .setKey("organisation").setFlexGrow(2);
        mitglieder.addColumn(m -> Darstellung.datum(m.von(), getLocale())).setHeader(getTranslation("gremien.von"))
                .setKey("von").setAutoWidth(true).setFlexGrow(0);
        mitglieder.addColumn(m -> Darstellung.datum(m.bis(), getLocale())).setHeader(getTranslation("gremien.bis"))
                .setKey("bis").setAutoWidth(true).setFlexGrow(0);
        mitglieder.addColumn(m -> Objects.requireNonNullElse(m.vertritt(), "")).setHeader(getTranslation("gremien.vertritt"))
                .setKey("vertritt").setFlexGrow(1);
        if (schreiben) {
            mitglieder.addComponentColumn(this::mitgliedAktionen).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private Component mitgliedAktionen(Mitglied m) {
        Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> mitgliedDialog(m));
        bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bearbeiten.setTooltipText(getTranslation("gremien.mitglied.aendern"));
        bearbeiten.setAriaLabel(getTranslation("gremien.mitglied.aendern"));
        HorizontalLayout aktionen = new HorizontalLayout(bearbeiten);
        if (m.bis() == null) {
            Button beenden = new Button(VaadinIcon.SIGN_OUT.create(), e -> new EndeDialog(m, tag -> {
                mitgliedschaften.beenden(angemeldet(), m.id(), m.version(), new Mitgliedschaftsende(tag));
                neuLaden();
            }).open());
            beenden.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            beenden.addClassName("mitglied-beenden");
            beenden.setTooltipText(getTranslation("gremien.mitglied.beenden"));
            beenden.setAriaLabel(getTranslation("gremien.mitglied.beenden"));
            aktionen.add(beenden);
        }
        aktionen.setSpacing(false);
        return aktionen;
    }

    private void mitgliedDialog(Mitglied m) {
        new MitgliedschaftDialog(m, ansicht, personen.liste(angemeldet()), daten -> personen.anlegen(angemeldet(), daten),
                daten -> {
                    if (m == null) {
                        mitgliedschaften.anlegen(angemeldet(), ansicht.gremium().id(), daten);
                    } else {
                        mitgliedschaften.aendern(angemeldet(), m.id(), m.version(), daten);
                    }
                    neuLaden();
                }).open();
    }

    private void mitgliederZeigen() {
        LocalDate heute = LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE);
        mitglieder.setItems(ansicht.mitglieder().stream()
                .filter(m -> verlauf.getValue() || m.bis() == null || !m.bis().isBefore(heute)).toList());
    }

    private Component sitzeTeil() {
        Div teil = new Div();
        var offen = ansicht.sitze().stream().filter(s -> !s.nachThema() && ansicht.mitglieder().stream()
                .noneMatch(m -> s.id().equals(m.sitzId()) && m.bis() == null)).toList();
        if (!offen.isEmpty()) {
            teil.add(new H3(getTranslation("gremien.sitze.offen")));
            UnorderedList liste = new UnorderedList();
            liste.setId("offene-sitze");
            offen.forEach(s -> liste.add(new ListItem(s.rolle().text(getLocale()) + ": " + s.funktion())));
            teil.add(liste);
        }
        return teil;
    }

    private Component sitzungenTeil() {
        H3 titel = new H3(getTranslation("gremien.sitzungen"));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.setWidthFull();
        kopf.expand(titel);
        if (schreiben) {
            Button neu = new Button(getTranslation("gremien.sitzung.neu"), VaadinIcon.PLUS.create(),
                    e -> new SitzungAnlegenDialog(daten -> {
                        var neue = sitzungen.anlegen(angemeldet(), ansicht.gremium().id(), daten);
                        getUI().ifPresent(ui -> ui.navigate(SitzungView.class,
                                new RouteParameters("id", neue.sitzung().id().toString())));
                    }).open());
            neu.setId("sitzung-anlegen");
            kopf.add(neu);
        }
        return new VerticalLayout(kopf, sitzungsliste) {{
            setPadding(false);
        }};
    }

    private void sitzungsSpalten() {
        sitzungsliste.setId("sitzungen");
        sitzungsliste.setAllRowsVisible(true);
        sitzungsliste.addThemeVariants(GridVariant.LUMO_COMPACT);
        sitzungsliste.addColumn(s -> Darstellung.datum(s.datum(), getLocale())).setHeader(getTranslation("gremien.datum"))
                .setKey("datum").setAutoWidth(true).setFlexGrow(0);
        sitzungsliste.addComponentColumn(s -> new RouterLink(Objects.requireNonNullElse(s.titel(),
                        getTranslation("gremien.sitzung")), SitzungView.class, new RouteParameters("id", s.id().toString())))
                .setHeader(getTranslation("gremien.sitzung.titel")).setKey("titel").setFlexGrow(2);
        sitzungsliste.addColumn(s -> Objects.requireNonNullElse(s.ort(), "")).setHeader(getTranslation("gremien.ort"))
                .setKey("ort").setFlexGrow(1);
    }

    private void neuLaden() {
        laden(ansicht.gremium().id());
    }

    private Gremium gespeichert(Gremium g) {
        laden(g.id());
        Notification.show(getTranslation("gremien.gespeichert", g.name()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return g;
    }

    @Override
    public String getPageTitle() {
        return (ansicht == null ? getTranslation("gremien.struktur.titel") : ansicht.gremium().name())
                + " · " + getTranslation("app.name");
    }
}
