package de.teilhabe.ui.teilnehmer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.platform.fallarbeit.FallarbeitDienst;
import de.teilhabe.platform.fallarbeit.Fallnotiz;
import de.teilhabe.platform.fallarbeit.NotizDaten;
import de.teilhabe.platform.fallarbeit.Verweisung;
import de.teilhabe.platform.fallarbeit.Ziel;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Meldungen;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.DatenauskunftDienst;
import de.teilhabe.platform.teilnehmer.Loeschbescheid;
import de.teilhabe.platform.teilnehmer.Loeschung;
import de.teilhabe.platform.teilnehmer.Programmfeld;
import de.teilhabe.platform.teilnehmer.Programmfelder;
import de.teilhabe.platform.teilnehmer.Einwilligung;
import de.teilhabe.platform.teilnehmer.EinwilligungDaten;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.Teilnehmer;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.teilnehmer.Stichtag;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.platform.teilnehmer.Zuweisungen;
import de.teilhabe.ui.komponenten.Angabe;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;

import java.io.ByteArrayInputStream;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One participant and the dated history of what reports count (ADR 0002): tabs Stammdaten, Programme (episodes per
 * program with de-registration, re-admission, correction, clarification, exception; the ABH's clearances), Wohnorte,
 * Aufenthalt (status, work ban and exclusion facts), Einwilligungen, Ziele, Notizen, Zuweisungen, Verlauf and the
 * program plugins' fields. Case workers enter facts with the day they took effect, correct and strike entries.
 * Every opening is audited by the platform.
 */
@Route(value = "teilnehmer/:id", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN})
@Prototype
public class TeilnehmerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final TeilnehmerDienst dienst;
    private final Teilnahmen teilnahmen;
    private final Verlaufseintraege eintraege;
    private final Zuweisungen zuweisungen;
    private final KommunenDienst kommunen;
    private final Massnahmen massnahmen;
    private final FallarbeitDienst fallarbeit;
    private final DatenauskunftDienst auskunft;
    private final Loeschung loeschung;
    private final JsonMapper json;
    private final Programmfelder programmfelder;
    private final TeilnehmerAufnahme aufnahme;
    private final ProgrammDienst programme;
    private final boolean schreiben = Schreibrecht.hat(angemeldet());
    private TeilnehmerAkte akte;
    private Fallakte fall;
    private Map<String, List<Programmfeld>> felder = Map.of();
    private String offenerReiter;

    public TeilnehmerView(TeilnehmerDienst dienst, Teilnahmen teilnahmen, Verlaufseintraege eintraege,
                          Zuweisungen zuweisungen, KommunenDienst kommunen, Massnahmen massnahmen,
                          FallarbeitDienst fallarbeit, DatenauskunftDienst auskunft, Loeschung loeschung,
                          JsonMapper json, Programmfelder programmfelder, TeilnehmerAufnahme aufnahme,
                          ProgrammDienst programme) {
        this.dienst = dienst;
        this.teilnahmen = teilnahmen;
        this.eintraege = eintraege;
        this.zuweisungen = zuweisungen;
        this.kommunen = kommunen;
        this.massnahmen = massnahmen;
        this.fallarbeit = fallarbeit;
        this.auskunft = auskunft;
        this.loeschung = loeschung;
        this.json = json;
        this.programmfelder = programmfelder;
        this.aufnahme = aufnahme;
        this.programme = programme;
        addClassName("seite");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            TeilnehmerAkte gelesen = dienst.akte(angemeldet(), id);
            fall = fallarbeit.fallakte(angemeldet(), id);
            felder = programmfelder.felder(angemeldet(), id);
            zeigen(gelesen);
        } catch (IllegalArgumentException | FachlicherFehler e) {
            event.rerouteTo(TeilnehmerListeView.class);
        }
    }

    private void zeigen(TeilnehmerAkte neu) {
        akte = neu;
        removeAll();
        Teilnehmer t = akte.teilnehmer();
        H2 titel = new H2(t.nachname() + ", " + t.vorname());
        titel.setId("teilnehmer-titel");
        Span stand = new Span(getTranslation(t.aktiv() ? "teilnehmer.aktiv" : "teilnehmer.nicht.aktiv"));
        stand.getElement().getThemeList().add(t.aktiv() ? "badge success" : "badge contrast");
        stand.setId("teilnehmer-stand");
        HorizontalLayout kopf = new HorizontalLayout(titel, stand);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        kopf.add(Dokumentexport.knopf("auskunft-pdf", getTranslation("datenschutz.auskunft.pdf"), datei(t), Dateiformat.PDF,
                () -> auskunft.dokument(angemeldet(), t.id())), auskunftJson(t));
        if (angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN)) {
            Button loeschen = knopf("teilnehmer-loeschen", "datenschutz.loeschen", VaadinIcon.TRASH,
                    () -> new LoeschDialog(t, grund -> loeschung.loeschen(angemeldet(), t.id(), grund), this::geloescht));
            loeschen.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            kopf.add(loeschen);
        }
        TabSheet reiter = new TabSheet();
        reiter.setId("teilnehmer-reiter");
        reiter.setWidthFull();
        List<String> namen = List.of("stammdaten", "programme", "wohnorte", "aufenthalt", "einwilligungen", "ziele",
                "notizen", "zuweisungen", "verlauf", "programmfelder");
        Aktenkontext k = new Aktenkontext(angemeldet(), schreiben, akte, this::gespeichert);
        reiter.add(getTranslation("teilnehmer.reiter.stammdaten"), stammdaten());
        reiter.add(getTranslation("teilnehmer.reiter.programme"), new ProgrammeTeil(k, teilnahmen, aufnahme, eintraege,
                programme.aktiveProgramme(angemeldet())));
        reiter.add(getTranslation("teilnehmer.reiter.wohnorte"), new WohnorteTeil(k, eintraege, kommunen.liste(angemeldet())));
        reiter.add(getTranslation("teilnehmer.reiter.aufenthalt"), new AufenthaltTeil(k, eintraege));
        reiter.add(getTranslation("teilnehmer.reiter.einwilligungen"), einwilligungen());
        reiter.add(getTranslation("teilnehmer.reiter.ziele"), ziele());
        reiter.add(getTranslation("teilnehmer.reiter.notizen"), notizen());
        reiter.add(getTranslation("teilnehmer.reiter.zuweisungen"), new ZuweisungenTeil(k, zuweisungen, eintraege, massnahmen));
        reiter.add(getTranslation("teilnehmer.reiter.verlauf"), new VerlaufTeil(akte));
        if (!felder.isEmpty()) {
            reiter.add(getTranslation("teilnehmer.reiter.programmfelder"), programmfelderTeil());
        }
        if (offenerReiter != null) {
            reiter.setSelectedIndex(namen.indexOf(offenerReiter));
        }
        reiter.addSelectedChangeListener(e -> offenerReiter = namen.get(reiter.getSelectedIndex()));
        add(kopf, reiter);
    }

    private Button knopf(String id, String text, VaadinIcon symbol, Supplier<com.vaadin.flow.component.dialog.Dialog> dialog) {
        Button knopf = new Button(getTranslation(text), symbol.create(), e -> dialog.get().open());
        knopf.setId(id);
        return knopf;
    }

    private Component stammdaten() {
        Teilnehmer t = akte.teilnehmer();
        Div angaben = new Div();
        angaben.addClassName("angaben");
        angaben.add(new Angabe(getTranslation("teilnehmer.geburtsdatum"), t.geburtsdatum() == null
                        ? getTranslation("teilnehmer.geburtsdatum.unbekannt") : Darstellung.datum(t.geburtsdatum(), getLocale())),
                new Angabe(getTranslation("teilnehmer.kommune"), akte.kommune()),
                new Angabe(getTranslation("teilnehmer.status"), akte.aktuellerStatus() == null ? "" : Texte.status(akte.aktuellerStatus())),
                new Angabe(getTranslation("teilnehmer.sprachniveau"), Objects.requireNonNullElse(t.sprachniveau(), "")),
                new Angabe(getTranslation("teilnehmer.beschaeftigungsverbot"), getTranslation(akte.beschaeftigungsverbot() ? "allgemein.ja" : "allgemein.nein")),
                new Angabe(getTranslation("teilnehmer.fallverantwortung"), Objects.requireNonNullElse(t.fallverantwortung(), "")),
                new Angabe(getTranslation("teilnehmer.aufgenommen"), Darstellung.datum(t.aufgenommenAm(), getLocale())));
        if (t.abgemeldetAm() != null) {
            angaben.add(new Angabe(getTranslation("teilnehmer.abgemeldet"), Darstellung.datum(t.abgemeldetAm(), getLocale())
                    + " – " + Objects.requireNonNullElse(t.abmeldegrund(), "")));
        }
        Grid<Programmteilnahme> programme = new Grid<>();
        programme.setId("teilnehmer-programme");
        programme.setAllRowsVisible(true);
        programme.addThemeVariants(GridVariant.LUMO_COMPACT);
        programme.addColumn(p -> Texte.programm(p.programm())).setHeader(getTranslation("teilnehmer.programm"))
                .setKey("programm").setFlexGrow(2);
        programme.addColumn(p -> Darstellung.datum(p.aufgenommenAm(), getLocale())).setHeader(getTranslation("teilnehmer.aufgenommen"))
                .setKey("aufgenommen").setAutoWidth(true);
        programme.addColumn(p -> Darstellung.datum(p.abgemeldetAm(), getLocale())).setHeader(getTranslation("teilnehmer.abgemeldet"))
                .setKey("abgemeldet").setAutoWidth(true);
        programme.addColumn(p -> ProgrammeTeil.einstufung(p.einstufung())).setHeader(getTranslation("teilnehmer.einstufung"))
                .setKey("einstufung").setAutoWidth(true);
        programme.addColumn(p -> p.ausnahmeGrund() == null ? "" : p.ausnahmeGrund() + " (" + p.ausnahmeGenehmigtVon() + ")")
                .setHeader(getTranslation("teilnehmer.ausnahme")).setKey("ausnahme").setFlexGrow(2);
        programme.addColumn(p -> p.freigabe() == null ? getTranslation("teilnehmer.freigabe.offen")
                        : p.freigabe().text(getLocale()) + " " + Darstellung.datum(p.freigabeAm(), getLocale()))
                .setHeader(getTranslation("teilnehmer.freigabe")).setKey("freigabe").setAutoWidth(true);
        programme.setItems(akte.programme());
        VerticalLayout teil = new VerticalLayout(angaben, new H3(getTranslation("teilnehmer.programme")), programme);
        teil.setPadding(false);
        if (schreiben) {
            teil.add(knopf("stammdaten-aendern", "teilnehmer.stammdaten.aendern", VaadinIcon.EDIT,
                    () -> new StammdatenDialog(akte.teilnehmer(), kommunen.liste(angemeldet()),
                            daten -> dienst.aendern(angemeldet(), akte.teilnehmer().id(), akte.teilnehmer().version(), daten),
                            this::gespeichert)));
        }
        return teil;
    }


    private Component einwilligungen() {
        Grid<Einwilligung> liste = new Grid<>();
        liste.setId("einwilligungen");
        liste.setAllRowsVisible(true);
        liste.addColumn(e -> e.zweck().text(getLocale())).setHeader(getTranslation("teilnehmer.zweck")).setKey("zweck").setFlexGrow(2);
        liste.addColumn(e -> Darstellung.datum(e.erteiltAm(), getLocale())).setHeader(getTranslation("teilnehmer.erteilt"))
                .setKey("erteilt").setAutoWidth(true);
        liste.addColumn(e -> Darstellung.datum(e.widerrufenAm(), getLocale())).setHeader(getTranslation("teilnehmer.widerrufen"))
                .setKey("widerrufen").setAutoWidth(true);
        if (schreiben) {
            liste.addComponentColumn(e -> {
                if (e.widerrufenAm() != null) {
                    return new Span();
                }
                Button widerruf = new Button(getTranslation("teilnehmer.widerrufen.knopf"), x -> new DatumDialog<>(
                        getTranslation("teilnehmer.widerruf.titel", e.zweck().text(getLocale())),
                        am -> dienst.widerrufen(angemeldet(), e.id(), e.version(), new Stichtag(am)), this::gespeichert).open());
                widerruf.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                widerruf.addClassName("einwilligung-widerrufen");
                return widerruf;
            }).setKey("aktion").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(akte.einwilligungen());
        VerticalLayout teil = new VerticalLayout(liste);
        teil.setPadding(false);
        if (schreiben) {
            teil.add(knopf("einwilligung-erfassen", "teilnehmer.einwilligung.erfassen", VaadinIcon.PLUS,
                    () -> new EinwilligungDialog((zweck, am) -> dienst.einwilligen(angemeldet(), akte.teilnehmer().id(),
                            new EinwilligungDaten(zweck, am)),
                            this::gespeichert)));
        }
        return teil;
    }

    private Component ziele() {
        Grid<Ziel> liste = new Grid<>();
        liste.setId("ziele");
        liste.setAllRowsVisible(true);
        liste.addColumn(Ziel::bedarf).setHeader(getTranslation("fallarbeit.bedarf")).setKey("bedarf").setFlexGrow(2);
        liste.addColumn(Ziel::ziel).setHeader(getTranslation("fallarbeit.ziel")).setKey("ziel").setFlexGrow(3);
        liste.addColumn(z -> z.status().text(getLocale())).setHeader(getTranslation("fallarbeit.status")).setKey("status")
                .setAutoWidth(true);
        liste.addColumn(z -> Darstellung.datum(z.vereinbartAm(), getLocale())).setHeader(getTranslation("fallarbeit.vereinbart"))
                .setKey("vereinbart").setAutoWidth(true);
        liste.addColumn(z -> Darstellung.datum(z.zieldatum(), getLocale())).setHeader(getTranslation("fallarbeit.zieldatum"))
                .setKey("zieldatum").setAutoWidth(true);
        liste.addColumn(z -> Darstellung.datum(z.erreichtAm(), getLocale())).setHeader(getTranslation("fallarbeit.abgeschlossen"))
                .setKey("abgeschlossen").setAutoWidth(true);
        if (schreiben) {
            liste.addComponentColumn(z -> bearbeiten(() -> new ZielDialog(z,
                    d -> fallarbeit.zielAendern(angemeldet(), z.id(), z.version(), d), this::fallGespeichert)))
                    .setKey("aktion").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(fall.ziele());
        VerticalLayout teil = new VerticalLayout(liste);
        teil.setPadding(false);
        if (schreiben) {
            teil.add(knopf("ziel-anlegen", "fallarbeit.ziel.neu", VaadinIcon.PLUS, () -> new ZielDialog(null,
                    d -> fallarbeit.zielAnlegen(angemeldet(), akte.teilnehmer().id(), d), this::fallGespeichert)));
        }
        return teil;
    }

    private Component notizen() {
        Grid<Fallnotiz> notizliste = new Grid<>();
        notizliste.setId("notizen");
        notizliste.setAllRowsVisible(true);
        notizliste.addColumn(n -> Darstellung.datum(n.am(), getLocale())).setHeader(getTranslation("teilnehmer.datum"))
                .setKey("am").setAutoWidth(true).setFlexGrow(0);
        notizliste.addColumn(Fallnotiz::text).setHeader(getTranslation("fallarbeit.notiz")).setKey("text").setFlexGrow(4);
        notizliste.addColumn(Fallnotiz::verfasser).setHeader(getTranslation("fallarbeit.verfasser")).setKey("verfasser")
                .setAutoWidth(true);
        notizliste.setItems(fall.notizen());
        Grid<Verweisung> verweisungen = new Grid<>();
        verweisungen.setId("verweisungen");
        verweisungen.setAllRowsVisible(true);
        verweisungen.addColumn(v -> v.stelle().text(getLocale())).setHeader(getTranslation("fallarbeit.stelle"))
                .setKey("stelle").setFlexGrow(2);
        verweisungen.addColumn(v -> Objects.requireNonNullElse(v.beschreibung(), "")).setHeader(getTranslation("fallarbeit.anlass"))
                .setKey("anlass").setFlexGrow(2);
        verweisungen.addColumn(v -> Darstellung.datum(v.am(), getLocale())).setHeader(getTranslation("teilnehmer.datum"))
                .setKey("am").setAutoWidth(true);
        verweisungen.addColumn(v -> v.ergebnisart() == null ? "" : v.ergebnisart().text(getLocale())
                        + (v.ergebnis() == null ? "" : " – " + v.ergebnis()) + " (" + Darstellung.datum(v.ergebnisAm(), getLocale()) + ")")
                .setHeader(getTranslation("fallarbeit.ergebnis")).setKey("ergebnis").setFlexGrow(2);
        if (schreiben) {
            verweisungen.addComponentColumn(v -> bearbeiten(() -> new VerweisungDialog(v,
                    d -> fallarbeit.verweisungAendern(angemeldet(), v.id(), v.version(), d), this::fallGespeichert)))
                    .setKey("aktion").setAutoWidth(true).setFlexGrow(0);
        }
        verweisungen.setItems(fall.verweisungen());
        VerticalLayout teil = new VerticalLayout(notizliste);
        teil.setPadding(false);
        if (schreiben) {
            teil.add(knopf("notiz-anlegen", "fallarbeit.notiz.neu", VaadinIcon.PLUS, () -> new NotizDialog(
                    (am, text) -> fallarbeit.notieren(angemeldet(), akte.teilnehmer().id(), new NotizDaten(am, text)), this::fallGespeichert)));
        }
        teil.add(new H3(getTranslation("fallarbeit.verweisungen")), verweisungen);
        if (schreiben) {
            teil.add(knopf("verweisung-anlegen", "fallarbeit.verweisung.neu", VaadinIcon.PLUS, () -> new VerweisungDialog(null,
                    d -> fallarbeit.verweisen(angemeldet(), akte.teilnehmer().id(), d), this::fallGespeichert)));
        }
        return teil;
    }

    /** The program plugins' own case fields, one form per program. */
    private Component programmfelderTeil() {
        VerticalLayout teil = new VerticalLayout();
        teil.setPadding(false);
        felder.forEach((programm, liste) -> teil.add(new ProgrammfelderFormular(programm, liste, schreiben,
                werte -> programmfelder.speichern(angemeldet(), akte.teilnehmer().id(), programm, werte), neu -> {
                    felder = programmfelder.felder(angemeldet(), akte.teilnehmer().id());
                    gespeichert(akte);
                })));
        return teil;
    }

    private Button bearbeiten(Supplier<com.vaadin.flow.component.dialog.Dialog> dialog) {
        Button knopf = new Button(VaadinIcon.EDIT.create(), e -> dialog.get().open());
        knopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        knopf.setAriaLabel(getTranslation("allgemein.bearbeiten"));
        return knopf;
    }

    private void fallGespeichert(Fallakte neu) {
        fall = neu;
        gespeichert(akte);
    }



    private static String datei(Teilnehmer t) {
        return ("Datenauskunft " + t.nachname() + " " + t.vorname()).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /** The access request as JSON (Art. 15 DSGVO, machine-readable). */
    private Anchor auskunftJson(Teilnehmer t) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] inhalt = json.writeValueAsBytes(auskunft.auskunft(angemeldet(), t.id()));
            return new DownloadResponse(new ByteArrayInputStream(inhalt), datei(t) + ".json", "application/json",
                    inhalt.length);
        }), AttachmentType.DOWNLOAD, "");
        Button knopf = new Button(getTranslation("datenschutz.auskunft.json"), VaadinIcon.DOWNLOAD.create());
        knopf.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        link.add(knopf);
        link.setId("auskunft-json");
        return link;
    }

    private void geloescht(Loeschbescheid bescheid) {
        if (bescheid.geloescht()) {
            Notification.show(getTranslation("datenschutz.geloescht"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(TeilnehmerListeView.class));
        } else {
            Notification hinweis = Notification.show(getTranslation("datenschutz.nicht.geloescht",
                    Meldungen.text(bescheid.grund(), getLocale(), bescheid.pflichtBis() == null ? ""
                            : Darstellung.datum(bescheid.pflichtBis(), getLocale()))), 8000, Notification.Position.MIDDLE);
            hinweis.addThemeVariants(NotificationVariant.LUMO_WARNING);
            hinweis.setId("loeschen-abgelehnt");
        }
    }

    private void gespeichert(TeilnehmerAkte neu) {
        zeigen(neu);
        Notification.show(getTranslation("teilnehmer.gespeichert"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (akte == null ? getTranslation("teilnehmer.titel")
                : akte.teilnehmer().nachname() + ", " + akte.teilnehmer().vorname()) + " · " + getTranslation("app.name");
    }
}
