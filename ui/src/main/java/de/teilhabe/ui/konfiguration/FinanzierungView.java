package de.teilhabe.ui.konfiguration;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.finanzierung.Bescheid;
import de.teilhabe.platform.finanzierung.Eigenanteil;
import de.teilhabe.platform.finanzierung.EigenanteilDaten;
import de.teilhabe.platform.finanzierung.Eigenanteile;
import de.teilhabe.platform.finanzierung.Weiterleitung;
import de.teilhabe.platform.finanzierung.Weiterleitungen;
import de.teilhabe.platform.finanzierung.Zuwendungsbescheide;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The funding of a program in the Kreis: the Zuwendungsbescheide (with amounts per Baustein and year), the own
 * shares (Eigenanteile) and the transfers to providers (Weiterleitungen).
 */
@Route(value = "konfiguration/finanzierung", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.GREMIUM_LESERECHT})
@Prototype
public class FinanzierungView extends VerticalLayout implements HasDynamicTitle {
    private final Zuwendungsbescheide bescheide;
    private final Eigenanteile eigenanteile;
    private final Weiterleitungen weiterleitungen;
    private final Bausteine bausteine;
    private final TraegerVerzeichnis verzeichnis;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final Programmauswahl programm;
    private final Grid<Bescheid> bescheidTabelle = new Grid<>();
    private final Grid<Eigenanteil> anteile = new Grid<>();
    private final Grid<Weiterleitung> weiterleitungTabelle = new Grid<>();
    private List<Baustein> liste = List.of();
    private List<Massnahmetraeger> traeger = List.of();

    public FinanzierungView(Zuwendungsbescheide bescheide, Eigenanteile eigenanteile, Weiterleitungen weiterleitungen,
                            Bausteine bausteine, TraegerVerzeichnis verzeichnis, ProgrammDienst programme) {
        this.bescheide = bescheide;
        this.eigenanteile = eigenanteile;
        this.weiterleitungen = weiterleitungen;
        this.bausteine = bausteine;
        this.verzeichnis = verzeichnis;
        this.programm = new Programmauswahl("finanzierung-programm", programme.aktiveProgramme(angemeldet()));
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("config.finance.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel, programm);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        add(kopf);
        add(abschnitt("config.finance.grants", "config.finance.grant.create", "bescheid-anlegen", () -> oeffnenBescheid(null)));
        bescheidSpalten();
        add(bescheidTabelle);
        add(abschnitt("config.finance.shares", "config.finance.share.create", "eigenanteil-anlegen", () -> oeffnen(null)));
        spalten();
        add(anteile);
        add(abschnitt("config.finance.transfers", "config.finance.transfer.create", "weiterleitung-anlegen",
                () -> oeffnenWeiterleitung(null)));
        weiterleitungSpalten();
        add(weiterleitungTabelle);
        programm.addValueChangeListener(e -> laden());
        laden();
    }

    private HorizontalLayout abschnitt(String titelSchluessel, String anlegenSchluessel, String id, Runnable anlegen) {
        H3 titel = new H3(getTranslation(titelSchluessel));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        if (schreiben) {
            Button knopf = new Button(getTranslation(anlegenSchluessel), VaadinIcon.PLUS.create(), e -> anlegen.run());
            knopf.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            knopf.setId(id);
            kopf.add(knopf);
        }
        return kopf;
    }

    private <T> void bearbeitenSpalte(Grid<T> tabelle, String schluessel, java.util.function.Consumer<T> oeffnen) {
        if (schreiben) {
            tabelle.addComponentColumn(t -> {
                Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen.accept(t));
                bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                bearbeiten.setAriaLabel(getTranslation(schluessel));
                bearbeiten.setTooltipText(getTranslation(schluessel));
                return bearbeiten;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            tabelle.addItemDoubleClickListener(e -> oeffnen.accept(e.getItem()));
        }
    }

    private String zeitraum(java.time.LocalDate beginn, java.time.LocalDate ende) {
        return Darstellung.datum(beginn, getLocale()) + " – " + Darstellung.datum(ende, getLocale());
    }

    private void bescheidSpalten() {
        bescheidTabelle.setId("bescheide");
        bescheidTabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        bescheidTabelle.setAllRowsVisible(true);
        bescheidTabelle.addColumn(b -> getTranslation("config.finance.kind." + b.stamm().art().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("config.finance.kind")).setKey("art").setAutoWidth(true).setFlexGrow(0);
        bescheidTabelle.addColumn(b -> Darstellung.datum(b.stamm().datum(), getLocale()))
                .setHeader(getTranslation("config.finance.date")).setKey("datum").setSortable(true)
                .setComparator(Comparator.comparing(b -> b.stamm().datum(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        bescheidTabelle.addColumn(b -> b.stamm().aktenzeichen() == null ? "" : b.stamm().aktenzeichen())
                .setHeader(getTranslation("config.finance.file")).setKey("aktenzeichen").setFlexGrow(2);
        bescheidTabelle.addColumn(b -> zeitraum(b.stamm().beginn(), b.stamm().ende()))
                .setHeader(getTranslation("config.finance.period")).setKey("zeitraum").setAutoWidth(true);
        bescheidTabelle.addColumn(b -> Darstellung.geld(b.stamm().betrag(), getLocale()))
                .setHeader(getTranslation("config.finance.amount")).setKey("betrag").setSortable(true)
                .setComparator(b -> b.stamm().betrag()).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        bescheidTabelle.addColumn(b -> b.bausteine().stream().map(this::baustein).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("config.finance.modules")).setKey("bausteine").setFlexGrow(2);
        bescheidTabelle.addColumn(b -> Darstellung.geld(b.nichtAufgeteilt(), getLocale()))
                .setHeader(getTranslation("config.finance.unassigned")).setKey("offen").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        bearbeitenSpalte(bescheidTabelle, "config.finance.grant.edit", this::oeffnenBescheid);
    }

    private void weiterleitungSpalten() {
        weiterleitungTabelle.setId("weiterleitungen");
        weiterleitungTabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        weiterleitungTabelle.setAllRowsVisible(true);
        weiterleitungTabelle.addColumn(w -> baustein(w.bausteinId())).setHeader(getTranslation("config.finance.module"))
                .setKey("baustein").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        weiterleitungTabelle.addColumn(w -> traeger.stream().filter(t -> t.id().equals(w.traegerId()))
                        .map(Massnahmetraeger::name).findFirst().orElse("?"))
                .setHeader(getTranslation("config.finance.provider")).setKey("traeger").setSortable(true).setFlexGrow(2);
        weiterleitungTabelle.addColumn(Weiterleitung::vertrag).setHeader(getTranslation("config.finance.contract"))
                .setKey("vertrag").setFlexGrow(2);
        weiterleitungTabelle.addColumn(w -> Darstellung.geld(w.betrag(), getLocale()))
                .setHeader(getTranslation("config.finance.amount")).setKey("betrag").setSortable(true)
                .setComparator(Weiterleitung::betrag).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        weiterleitungTabelle.addColumn(w -> zeitraum(w.beginn(), w.ende()))
                .setHeader(getTranslation("config.finance.period")).setKey("zeitraum").setAutoWidth(true);
        bearbeitenSpalte(weiterleitungTabelle, "config.finance.transfer.edit", this::oeffnenWeiterleitung);
    }

    private void spalten() {
        anteile.setId("eigenanteile");
        anteile.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        anteile.setAllRowsVisible(true);
        anteile.addColumn(a -> baustein(a.bausteinId())).setHeader(getTranslation("config.finance.module"))
                .setKey("baustein").setSortable(true).setFlexGrow(2);
        anteile.addColumn(Eigenanteil::jahr).setHeader(getTranslation("config.finance.year")).setKey("jahr")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        anteile.addColumn(a -> Darstellung.geld(a.betrag(), getLocale())).setHeader(getTranslation("config.finance.amount"))
                .setKey("betrag").setSortable(true).setComparator(Eigenanteil::betrag).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        anteile.addColumn(Eigenanteil::quelle).setHeader(getTranslation("config.finance.source")).setKey("quelle")
                .setSortable(true).setFlexGrow(2);
        anteile.addColumn(a -> a.bemerkung() == null ? "" : a.bemerkung()).setHeader(getTranslation("config.modules.notes"))
                .setKey("bemerkung").setFlexGrow(2);
        bearbeitenSpalte(anteile, "config.finance.share.edit", this::oeffnen);
    }

    private String baustein(UUID id) {
        return id == null ? getTranslation("config.finance.module.all")
                : liste.stream().filter(b -> b.id().equals(id)).map(Baustein::kurz).findFirst().orElse("?");
    }

    private void laden() {
        String p = programm.getValue();
        liste = p == null ? List.of() : bausteine.liste(angemeldet(), p);
        traeger = verzeichnis.liste(angemeldet());
        bescheidTabelle.setItems(p == null ? List.of() : bescheide.liste(angemeldet(), p));
        anteile.setItems(p == null ? List.of() : eigenanteile.liste(angemeldet(), p));
        weiterleitungTabelle.setItems(p == null ? List.of() : weiterleitungen.liste(angemeldet(), p));
    }

    private void oeffnen(Eigenanteil anteil) {
        String programmId = programm.getValue();
        if (programmId != null) {
            new EigenanteilDialog(anteil, programmId, liste, daten -> speichern(anteil, daten)).open();
        }
    }

    private void oeffnenBescheid(Bescheid bescheid) {
        String programmId = programm.getValue();
        if (programmId != null) {
            new BescheidDialog(bescheid, programmId, liste, daten -> {
                Bescheid neu = bescheid == null ? bescheide.anlegen(angemeldet(), daten)
                        : bescheide.aendern(angemeldet(), bescheid.id(), bescheid.version(), daten);
                gespeichert();
                return neu;
            }).open();
        }
    }

    private void oeffnenWeiterleitung(Weiterleitung weiterleitung) {
        if (programm.getValue() != null) {
            new WeiterleitungDialog(weiterleitung, liste, traeger, daten -> {
                Weiterleitung neu = weiterleitung == null ? weiterleitungen.anlegen(angemeldet(), daten)
                        : weiterleitungen.aendern(angemeldet(), weiterleitung.id(), weiterleitung.version(), daten);
                gespeichert();
                return neu;
            }).open();
        }
    }

    private void gespeichert() {
        laden();
        Notification.show(getTranslation("config.finance.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Eigenanteil speichern(Eigenanteil alt, EigenanteilDaten daten) {
        Eigenanteil neu = alt == null ? eigenanteile.anlegen(angemeldet(), daten)
                : eigenanteile.aendern(angemeldet(), alt.id(), alt.version(), daten);
        gespeichert();
        return neu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.finance.title") + " · " + getTranslation("app.name");
    }
}
