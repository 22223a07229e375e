package de.teilhabe.ui.konfiguration;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.MassnahmeAnsicht;
import de.teilhabe.platform.massnahme.MassnahmeDaten;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.massnahme.Statuswechsel;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Maßnahmen of the Kreis as the council tables show them (Kommune, FB, Akteur, geplanter Start, Status),
 * with filters; KI coordination and Kreis-Admin create and edit them and change their status.
 */
@Route(value = "konfiguration/massnahmen", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class MassnahmenView extends VerticalLayout implements HasDynamicTitle {
    private final Massnahmen massnahmen;
    private final Bausteine bausteine;
    private final TraegerVerzeichnis traeger;
    private final KommunenDienst kommunenDienst;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final Grid<MassnahmeZeile> tabelle = new Grid<>();
    private final ComboBox<Baustein> filterBaustein = new ComboBox<>();
    private final ComboBox<Massnahmetraeger> filterTraeger = new ComboBox<>();
    private final ComboBox<Kommune> filterKommune = new ComboBox<>();
    private final ComboBox<Status> filterStatus = new ComboBox<>();
    private final Span anzahl = new Span();
    private List<Baustein> bausteinListe = List.of();
    private List<Massnahmetraeger> traegerListe = List.of();
    private List<Kommune> kommunen = List.of();
    private ListDataProvider<MassnahmeZeile> daten = new ListDataProvider<>(List.of());

    public MassnahmenView(Massnahmen massnahmen, Bausteine bausteine, TraegerVerzeichnis traeger,
                          KommunenDienst kommunenDienst) {
        this.massnahmen = massnahmen;
        this.bausteine = bausteine;
        this.traeger = traeger;
        this.kommunenDienst = kommunenDienst;
        addClassName("seite");
        setSizeFull();
        stammdaten();
        add(kopf(), filter());
        spalten();
        add(tabelle);
        laden();
    }

    private void stammdaten() {
        bausteinListe = bausteine.liste(angemeldet());
        traegerListe = traeger.liste(angemeldet());
        kommunen = kommunenDienst.liste(angemeldet());
    }

    private HorizontalLayout kopf() {
        H2 titel = new H2(getTranslation("config.measures.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel, anzahl);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        anzahl.setId("massnahmen-anzahl");
        if (schreiben) {
            Button anlegen = new Button(getTranslation("config.measures.create"), VaadinIcon.PLUS.create(),
                    e -> oeffnen(null));
            anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            anlegen.setId("massnahme-anlegen");
            kopf.add(anlegen);
        }
        return kopf;
    }

    private HorizontalLayout filter() {
        filterBaustein.setLabel(getTranslation("config.measures.module"));
        filterBaustein.setId("filter-baustein");
        filterBaustein.setItems(bausteinListe);
        filterBaustein.setItemLabelGenerator(b -> b.kurz() + " – " + b.name());
        filterTraeger.setLabel(getTranslation("config.measures.provider"));
        filterTraeger.setId("filter-traeger");
        filterTraeger.setItems(traegerListe);
        filterTraeger.setItemLabelGenerator(Massnahmetraeger::anzeigename);
        filterKommune.setLabel(getTranslation("config.measures.municipality"));
        filterKommune.setId("filter-kommune");
        filterKommune.setItems(kommunen);
        filterKommune.setItemLabelGenerator(Kommune::name);
        filterStatus.setLabel(getTranslation("config.measures.status"));
        filterStatus.setId("filter-status");
        filterStatus.setItems(Status.values());
        filterStatus.setItemLabelGenerator(s -> getTranslation(Darstellung.statusSchluessel(s)));
        for (ComboBox<?> feld : List.of(filterBaustein, filterTraeger, filterKommune, filterStatus)) {
            feld.setClearButtonVisible(true);
            feld.addValueChangeListener(e -> filtern());
        }
        filterBaustein.setWidth("18rem");
        HorizontalLayout zeile = new HorizontalLayout(filterBaustein, filterTraeger, filterKommune, filterStatus);
        zeile.setWidthFull();
        zeile.getStyle().set("flex-wrap", "wrap");
        return zeile;
    }

    private void spalten() {
        tabelle.setId("massnahmen");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tabelle.addColumn(MassnahmeZeile::kommunen).setHeader(getTranslation("config.measures.municipality"))
                .setKey("kommunen").setSortable(true).setComparator(MassnahmeZeile::kommunen).setFlexGrow(2);
        tabelle.addColumn(z -> "FB " + z.bausteinNummer()).setHeader(getTranslation("config.measures.module.short"))
                .setKey("baustein").setSortable(true)
                .setComparator(Comparator.comparing(MassnahmeZeile::programmId).thenComparing(MassnahmeZeile::bausteinNummer))
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(MassnahmeZeile::traeger).setHeader(getTranslation("config.measures.actor"))
                .setKey("traeger").setSortable(true).setComparator(MassnahmeZeile::traeger).setFlexGrow(2);
        tabelle.addColumn(this::start).setHeader(getTranslation("config.measures.start"))
                .setKey("start").setSortable(true)
                .setComparator(Comparator.comparing(MassnahmeZeile::geplanterStart,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setFlexGrow(3);
        tabelle.addColumn(this::status).setHeader(getTranslation("config.measures.status"))
                .setKey("status").setSortable(true).setComparator(MassnahmeZeile::status).setFlexGrow(2);
        tabelle.addColumn(z -> z.kapazitaet() == null ? "" : z.kapazitaet().toString())
                .setHeader(getTranslation("config.measures.capacity")).setKey("kapazitaet").setSortable(true)
                .setComparator(Comparator.comparing(MassnahmeZeile::kapazitaet, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(aktionen()).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("aktionen");
        if (schreiben) {
            tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        }
    }

    /** Edit and status buttons as a client-side template: no server-side components per row (1,000 rows stay fast). */
    private LitRenderer<MassnahmeZeile> aktionen() {
        String status = html(getTranslation(schreiben ? "config.measures.status.change" : "config.measures.status.history"));
        String bearbeiten = html(getTranslation("config.measures.edit"));
        String vorlage = (schreiben ? "<vaadin-button theme='tertiary-inline icon' class='massnahme-bearbeiten' title='"
                + bearbeiten + "' aria-label='" + bearbeiten + "' @click=${bearbeiten}>"
                + "<vaadin-icon icon='vaadin:edit'></vaadin-icon></vaadin-button>" : "")
                + "<vaadin-button theme='tertiary-inline icon' class='massnahme-status' title='" + status + "' aria-label='"
                + status + "' @click=${status}><vaadin-icon icon='vaadin:flag'></vaadin-icon></vaadin-button>";
        LitRenderer<MassnahmeZeile> renderer = LitRenderer.<MassnahmeZeile>of(vorlage).withFunction("status", this::statusOeffnen);
        return schreiben ? renderer.withFunction("bearbeiten", this::oeffnen) : renderer;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;").replace("$", "&#36;");
    }

    String start(MassnahmeZeile z) {
        if (z.geplanterStart() != null && z.startHinweis() != null) {
            return Darstellung.datum(z.geplanterStart(), getLocale()) + " – " + z.startHinweis();
        }
        return z.geplanterStart() != null ? Darstellung.datum(z.geplanterStart(), getLocale())
                : Objects.requireNonNullElse(z.startHinweis(), "");
    }

    String status(MassnahmeZeile z) {
        String text = getTranslation(Darstellung.statusSchluessel(z.status()));
        return z.statusGrund() == null ? text : text + " (" + z.statusGrund() + ")";
    }

    private void laden() {
        long vorher = System.nanoTime();
        daten = new ListDataProvider<>(massnahmen.tabelle(angemeldet()));
        tabelle.setDataProvider(daten);
        filtern();
        tabelle.getElement().setAttribute("data-ladezeit-ms", Long.toString((System.nanoTime() - vorher) / 1_000_000));
    }

    private void filtern() {
        Baustein b = filterBaustein.getValue();
        Massnahmetraeger t = filterTraeger.getValue();
        Kommune k = filterKommune.getValue();
        Status s = filterStatus.getValue();
        daten.setFilter(z -> (b == null || (b.programmId().equals(z.programmId()) && b.nummer() == z.bausteinNummer()))
                && (t == null || t.id().equals(z.traegerId()))
                && (k == null || Arrays.asList(z.kommunen().split("/")).contains(k.name()))
                && (s == null || s == z.status()));
        anzahl.setText(getTranslation("config.measures.count", daten.size(new com.vaadin.flow.data.provider.Query<>())));
    }

    private void oeffnen(MassnahmeZeile zeile) {
        stammdaten();
        MassnahmeAnsicht ansicht = zeile == null ? null : massnahmen.lesen(angemeldet(), zeile.id());
        new MassnahmeDialog(ansicht, bausteinListe, traegerListe, kommunen, this::speichern).open();
    }

    private MassnahmeAnsicht speichern(MassnahmeAnsicht alt, MassnahmeDaten daten, Statuswechsel anfang) {
        MassnahmeAnsicht neu = alt == null ? massnahmen.anlegen(angemeldet(), daten, anfang)
                : massnahmen.aendern(angemeldet(), alt.massnahme().id(), alt.massnahme().version(), daten);
        laden();
        Notification.show(getTranslation("config.measures.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    void statusOeffnen(MassnahmeZeile zeile) {
        MassnahmeAnsicht ansicht = massnahmen.lesen(angemeldet(), zeile.id());
        new StatusDialog(ansicht, zeile, schreiben, new StatusDialog.Aktionen() {
            @Override
            public MassnahmeAnsicht aendern(MassnahmeAnsicht a, Statuswechsel wechsel) {
                return gespeichert(massnahmen.statusAendern(angemeldet(), a.massnahme().id(), a.massnahme().version(), wechsel));
            }

            @Override
            public MassnahmeAnsicht korrigieren(MassnahmeAnsicht a, long eintragId, Statuswechsel wechsel) {
                return gespeichert(massnahmen.statusKorrigieren(angemeldet(), a.massnahme().id(), a.massnahme().version(),
                        eintragId, wechsel));
            }

            @Override
            public MassnahmeAnsicht streichen(MassnahmeAnsicht a, long eintragId, String grund) {
                return gespeichert(massnahmen.statusStreichen(angemeldet(), a.massnahme().id(), a.massnahme().version(),
                        eintragId, grund));
            }
        }).open();
    }

    private MassnahmeAnsicht gespeichert(MassnahmeAnsicht neu) {
        laden();
        Notification.show(getTranslation("config.measures.status.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    static LocalDate heute() {
        return LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.measures.title") + " · " + getTranslation("app.name");
    }
}
