package de.teilhabe.ui.gremium;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.gremium.AnliegenDienst;
import de.teilhabe.platform.gremium.Anliegen;
import de.teilhabe.platform.gremium.AuftraegeDienst;
import de.teilhabe.platform.gremium.AuftragZeile;
import de.teilhabe.platform.gremium.BeschluesseDienst;
import de.teilhabe.platform.gremium.BeschlussAnsicht;
import de.teilhabe.platform.gremium.BeschlussDaten;
import de.teilhabe.platform.gremium.ExportDienst;
import de.teilhabe.platform.gremium.GremienDienst;
import de.teilhabe.platform.gremium.Mitglied;
import de.teilhabe.platform.gremium.PersonenDienst;
import de.teilhabe.platform.gremium.SitzungAnsicht;
import de.teilhabe.platform.gremium.SitzungDaten;
import de.teilhabe.platform.gremium.SitzungenDienst;
import de.teilhabe.platform.gremium.TagesordnungspunktAnsicht;
import de.teilhabe.platform.gremium.Teilnahmestatus;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The minutes editor of one meeting: date and place, agenda items (each may deal with an Anliegen), attendance,
 * minutes text, decisions and the tasks that follow from them; minutes export as PDF and XLSX. Readers without
 * access to personal data see agenda titles, decisions and tasks only.
 */
@Route(value = "gremien/sitzung/:id", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class SitzungView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SitzungenDienst sitzungen;
    private final GremienDienst gremien;
    private final BeschluesseDienst beschluesse;
    private final AuftraegeDienst auftraege;
    private final AnliegenDienst anliegenDienst;
    private final PersonenDienst personen;
    private final ExportDienst export;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Map<String, HasValidation> felder = new HashMap<>();
    private final List<Punktzeile> punkte = new ArrayList<>();
    private final Map<UUID, Select<Teilnahmestatus>> anwesenheit = new HashMap<>();
    private SitzungAnsicht ansicht;
    private boolean bearbeiten;
    private List<Anliegen> anliegen = List.of();
    private DatePicker datum;
    private final TimePicker beginn = new TimePicker();
    private final TextField ort = new TextField();
    private final TextField titel = new TextField();
    private final TextArea protokoll = new TextArea();
    private final VerticalLayout tagesordnung = new VerticalLayout();

    public SitzungView(SitzungenDienst sitzungen, GremienDienst gremien, BeschluesseDienst beschluesse,
                       AuftraegeDienst auftraege, AnliegenDienst anliegenDienst, PersonenDienst personen,
                       ExportDienst export) {
        this.sitzungen = sitzungen;
        this.gremien = gremien;
        this.beschluesse = beschluesse;
        this.auftraege = auftraege;
        this.anliegenDienst = anliegenDienst;
        this.personen = personen;
        this.export = export;
        addClassName("seite");
        setSizeFull();
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
        ansicht = sitzungen.ansicht(angemeldet(), id);
        bearbeiten = ansicht.vollstaendig() && Rechte.schreiben(angemeldet());
        anliegen = bearbeiten ? anliegenDienst.liste(angemeldet()) : List.of();
        removeAll();
        felder.clear();
        punkte.clear();
        anwesenheit.clear();
        fehler.leeren();
        var s = ansicht.sitzung();
        H2 kopfTitel = new H2(getTranslation("gremien.sitzung.kopf", ansicht.gremium(),
                Darstellung.datum(s.datum(), getLocale())));
        kopfTitel.setId("sitzung-kopf");
        HorizontalLayout kopf = new HorizontalLayout(kopfTitel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(kopfTitel);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String datei = getTranslation("gremien.protokoll.datei", ansicht.gremium(), s.datum().toString())
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        kopf.add(new RouterLink(getTranslation("gremien.zurueck", ansicht.gremium()), GremiumView.class,
                        new RouteParameters("id", s.gremiumId().toString())),
                Dokumentexport.knopf("protokoll-pdf", getTranslation("gremien.export.protokoll.pdf"), datei,
                        Dateiformat.PDF, () -> export.protokoll(angemeldet(), s.id(), getLocale())),
                Dokumentexport.knopf("protokoll-xlsx", getTranslation("gremien.export.protokoll.xlsx"), datei,
                        Dateiformat.XLSX, () -> export.protokoll(angemeldet(), s.id(), getLocale())));
        add(kopf, fehler);
        if (bearbeiten) {
            add(kopfFelder(), new H3(getTranslation("gremien.tagesordnung")), tagesordnungEditor(),
                    new H3(getTranslation("gremien.anwesenheit")), anwesenheitsliste(),
                    new H3(getTranslation("gremien.protokoll")), protokollFeld(), speichernKnopf());
        } else {
            add(new H3(getTranslation("gremien.tagesordnung")), tagesordnungLesen());
        }
        add(new H3(getTranslation("gremien.beschluesse")), beschlussTeil(), new H3(getTranslation("gremien.auftraege")),
                auftragTeil());
    }

    private Component kopfFelder() {
        var s = ansicht.sitzung();
        datum = Darstellung.datumsfeld(getTranslation("gremien.datum"), getLocale());
        datum.setId("protokoll-datum");
        datum.setValue(s.datum());
        beginn.setLabel(getTranslation("gremien.beginn"));
        beginn.setLocale(getLocale());
        beginn.setValue(s.beginn());
        ort.setLabel(getTranslation("gremien.ort"));
        ort.setValue(Objects.requireNonNullElse(s.ort(), ""));
        titel.setLabel(getTranslation("gremien.sitzung.titel"));
        titel.setValue(Objects.requireNonNullElse(s.titel(), ""));
        felder.putAll(Map.of("datum", datum, "ort", ort, "titel", titel));
        return new FormLayout(datum, beginn, ort, titel);
    }

    /** One agenda item in the editor. */
    private final class Punktzeile extends HorizontalLayout {
        final TextField punktTitel = new TextField(getTranslation("gremien.top.titel"));
        final ComboBox<Anliegen> punktAnliegen = new ComboBox<>(getTranslation("gremien.top.anliegen"));
        final TextArea ergebnis = new TextArea(getTranslation("gremien.top.ergebnis"));

        Punktzeile(String t, UUID anliegenId, String e) {
            punktTitel.setValue(Objects.requireNonNullElse(t, ""));
            punktTitel.addClassName("top-titel");
            punktAnliegen.setItems(anliegen);
            punktAnliegen.setItemLabelGenerator(Anliegen::titel);
            punktAnliegen.setClearButtonVisible(true);
            anliegen.stream().filter(a -> a.id().equals(anliegenId)).findFirst().ifPresent(punktAnliegen::setValue);
            ergebnis.setValue(Objects.requireNonNullElse(e, ""));
            ergebnis.addClassName("top-ergebnis");
            Button weg = new Button(VaadinIcon.TRASH.create(), x -> {
                punkte.remove(this);
                tagesordnung.remove(this);
            });
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            weg.setAriaLabel(getTranslation("gremien.top.entfernen"));
            add(punktTitel, punktAnliegen, ergebnis, weg);
            setFlexGrow(2, punktTitel);
            setFlexGrow(1, punktAnliegen);
            setFlexGrow(3, ergebnis);
            setWidthFull();
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        }

        SitzungDaten.Punkt punkt() {
            return new SitzungDaten.Punkt(punktTitel.getValue(),
                    punktAnliegen.getValue() == null ? null : punktAnliegen.getValue().id(), ergebnis.getValue());
        }
    }

    private Component tagesordnungEditor() {
        tagesordnung.removeAll();
        tagesordnung.setPadding(false);
        tagesordnung.setId("tagesordnung");
        ansicht.tagesordnung().forEach(p -> punktHinzufuegen(p.titel(), p.anliegenId(), p.ergebnis()));
        Button neu = new Button(getTranslation("gremien.top.neu"), VaadinIcon.PLUS.create(),
                e -> punktHinzufuegen("", null, ""));
        neu.setId("top-neu");
        neu.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new VerticalLayout(tagesordnung, neu) {{
            setPadding(false);
        }};
    }

    private void punktHinzufuegen(String t, UUID anliegenId, String e) {
        Punktzeile zeile = new Punktzeile(t, anliegenId, e);
        punkte.add(zeile);
        tagesordnung.add(zeile);
    }

    private Component tagesordnungLesen() {
        Div liste = new Div();
        for (TagesordnungspunktAnsicht p : ansicht.tagesordnung()) {
            liste.add(new Paragraph(p.position() + ". " + p.titel()
                    + (p.ergebnis() == null ? "" : " – " + p.ergebnis())));
        }
        return liste;
    }

    private Component anwesenheitsliste() {
        var s = ansicht.sitzung();
        List<Mitglied> mitglieder = gremien.ansicht(angemeldet(), s.gremiumId()).mitglieder().stream()
                .filter(m -> !m.von().isAfter(s.datum()) && (m.bis() == null || !m.bis().isBefore(s.datum())))
                .toList();
        Grid<Mitglied> liste = new Grid<>();
        liste.setId("anwesenheit");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT);
        liste.addColumn(Mitglied::bezeichnung).setHeader(getTranslation("gremien.person")).setFlexGrow(2);
        liste.addColumn(Mitglied::organisation).setHeader(getTranslation("gremien.organisation")).setFlexGrow(2);
        liste.addColumn(m -> m.rolle().text(getLocale())).setHeader(getTranslation("gremien.rolle")).setAutoWidth(true);
        liste.addComponentColumn(m -> anwesenheit.computeIfAbsent(m.id(), id -> statusAuswahl(id)))
                .setHeader(getTranslation("gremien.teilnahme")).setAutoWidth(true).setFlexGrow(0);
        liste.setItems(mitglieder);
        return liste;
    }

    private Select<Teilnahmestatus> statusAuswahl(UUID mitgliedschaftId) {
        Select<Teilnahmestatus> auswahl = new Select<>();
        auswahl.setItems(Teilnahmestatus.values());
        auswahl.setEmptySelectionAllowed(true);
        auswahl.setItemLabelGenerator(t -> t == null ? "–" : t.text(getLocale()));
        auswahl.addClassName("teilnahme");
        ansicht.anwesenheit().stream().filter(a -> a.mitgliedschaftId().equals(mitgliedschaftId)).findFirst()
                .ifPresent(a -> auswahl.setValue(a.status()));
        return auswahl;
    }

    private Component protokollFeld() {
        protokoll.setId("protokoll-text");
        protokoll.setWidthFull();
        protokoll.setMinHeight("8rem");
        protokoll.setValue(Objects.requireNonNullElse(ansicht.sitzung().protokoll(), ""));
        return protokoll;
    }

    private Component speichernKnopf() {
        Button speichern = new Button(getTranslation("gremien.protokoll.speichern"), VaadinIcon.CHECK.create(),
                e -> speichern());
        speichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        speichern.setId("protokoll-speichern");
        return speichern;
    }

    private void speichern() {
        fehler.leeren();
        felder.values().forEach(f -> f.setInvalid(false));
        punkte.forEach(p -> p.punktTitel.setInvalid(false));
        Map<String, HasValidation> ziele = new HashMap<>(felder);
        for (int i = 0; i < punkte.size(); i++) {
            ziele.put("tagesordnung[" + i + "].titel", punkte.get(i).punktTitel);
            ziele.put("tagesordnung[" + i + "].ergebnis", punkte.get(i).ergebnis);
        }
        List<SitzungDaten.Anwesenheit> liste = anwesenheit.entrySet().stream().filter(e -> e.getValue().getValue() != null)
                .map(e -> new SitzungDaten.Anwesenheit(e.getKey(), e.getValue().getValue())).toList();
        SitzungDaten daten = new SitzungDaten(datum.getValue(), beginn.getValue(), ort.getValue(), titel.getValue(),
                punkte.stream().map(Punktzeile::punkt).toList(), liste, protokoll.getValue());
        try {
            sitzungen.aendern(angemeldet(), ansicht.sitzung().id(), ansicht.sitzung().version(), daten);
            laden(ansicht.sitzung().id());
            gemeldet("gremien.protokoll.gespeichert");
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, ziele, fehler, getLocale());
        }
    }

    private Component beschlussTeil() {
        VerticalLayout teil = new VerticalLayout();
        teil.setPadding(false);
        Div liste = new Div();
        liste.setId("beschluesse");
        for (BeschlussAnsicht b : ansicht.beschluesse()) {
            Paragraph p = new Paragraph(getTranslation("gremien.beschluss.nummer", b.nummer()) + " " + b.text());
            p.addClassName("beschluss");
            liste.add(p);
        }
        if (ansicht.beschluesse().isEmpty()) {
            liste.add(new Paragraph(getTranslation("gremien.beschluesse.keine")));
        }
        teil.add(liste);
        if (bearbeiten) {
            TextArea text = new TextArea(getTranslation("gremien.beschluss.text"));
            text.setId("beschluss-text");
            text.setWidthFull();
            ComboBox<Anliegen> zu = new ComboBox<>(getTranslation("gremien.top.anliegen"));
            zu.setItems(anliegen);
            zu.setItemLabelGenerator(Anliegen::titel);
            zu.setClearButtonVisible(true);
            Button fassen = new Button(getTranslation("gremien.beschluss.fassen"), VaadinIcon.GAVEL.create(), e -> {
                text.setInvalid(false);
                try {
                    beschluesse.anlegen(angemeldet(), ansicht.sitzung().id(),
                            new BeschlussDaten(text.getValue(), zu.getValue() == null ? null : zu.getValue().id()));
                    laden(ansicht.sitzung().id());
                    gemeldet("gremien.beschluss.gefasst");
                } catch (FachlicherFehler f) {
                    Fehlerzuordnung.anzeigen(f, Map.of("text", text, "anliegenId", zu), fehler, getLocale());
                }
            });
            fassen.setId("beschluss-fassen");
            HorizontalLayout zeile = new HorizontalLayout(text, zu, fassen);
            zeile.setWidthFull();
            zeile.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            zeile.expand(text);
            teil.add(zeile);
        }
        return teil;
    }

    private Component auftragTeil() {
        Auftragsliste liste = new Auftragsliste("sitzung-auftraege", false);
        liste.setItems(ansicht.auftraege());
        VerticalLayout teil = new VerticalLayout(liste);
        teil.setPadding(false);
        if (bearbeiten) {
            Button neu = new Button(getTranslation("gremien.auftrag.neu"), VaadinIcon.PLUS.create(),
                    e -> new AuftragDialog(gremien.liste(angemeldet(), null), personen.liste(angemeldet()), ansicht.beschluesse(),
                            daten -> {
                                auftraege.anlegen(angemeldet(), ansicht.sitzung().id(), daten);
                                laden(ansicht.sitzung().id());
                                gemeldet("gremien.auftrag.erteilt");
                            }).open());
            neu.setId("auftrag-anlegen");
            teil.add(neu);
        }
        return teil;
    }

    private void gemeldet(String schluessel) {
        Notification.show(getTranslation(schluessel), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (ansicht == null ? getTranslation("gremien.sitzung") : ansicht.gremium()) + " · "
                + getTranslation("app.name");
    }
}
