package de.teilhabe.ui.bericht;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.bericht.Aufnahmetabelle;
import de.teilhabe.platform.bericht.Aufnahmezeile;
import de.teilhabe.platform.bericht.Berichtsdokumente;
import de.teilhabe.platform.bericht.Massnahmentabelle;
import de.teilhabe.platform.bericht.Massnahmenzeile;
import de.teilhabe.platform.bericht.Stichtagsberichte;
import de.teilhabe.platform.bericht.Zuweisungstabelle;
import de.teilhabe.platform.bericht.Zuweisungszeile;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.Stellenstand;
import de.teilhabe.platform.stelle.Stellenuebersicht;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sitzung.Sitzung;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Stichtag reports of a program as the council papers show them — intake per Kommune by status, assignments
 * and drop-outs per Förderbaustein and provider — at any cut-off date, each downloadable as XLSX, CSV and PDF.
 * Committee readers see small counts suppressed („·“).
 */
@Route(value = "berichte", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class BerichteView extends VerticalLayout implements HasDynamicTitle {
    private final Stichtagsberichte berichte;
    private final Berichtsdokumente dokumente;
    private final Stellenuebersicht stellen;
    private final Nutzer nutzer = Sitzung.angemeldet();
    private final Programmauswahl programm;
    private final DatePicker stichtag;
    private final VerticalLayout inhalt = new VerticalLayout();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public BerichteView(Stichtagsberichte berichte, Berichtsdokumente dokumente, Stellenuebersicht stellen,
                        ProgrammDienst programme) {
        this.berichte = berichte;
        this.dokumente = dokumente;
        this.stellen = stellen;
        addClassName("seite");
        programm = new Programmauswahl("bericht-programm", programme.aktiveProgramme(nutzer));
        stichtag = Darstellung.datumsfeld(getTranslation("bericht.stichtag"), getLocale());
        stichtag.setId("bericht-stichtag");
        stichtag.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        HorizontalLayout auswahl = new HorizontalLayout(programm, stichtag);
        auswahl.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        programm.addValueChangeListener(e -> laden());
        stichtag.addValueChangeListener(e -> laden());
        inhalt.setPadding(false);
        add(new H2(getTranslation("bericht.titel")), auswahl, fehler, inhalt);
        laden();
    }

    private void laden() {
        inhalt.removeAll();
        fehler.leeren();
        if (programm.getValue() == null || stichtag.getValue() == null) {
            return;
        }
        try {
            Aufnahmetabelle aufnahme = berichte.aufnahme(nutzer, programm.getValue(), stichtag.getValue());
            Zuweisungstabelle zuweisungen = berichte.zuweisungen(nutzer, programm.getValue(), stichtag.getValue());
            inhalt.add(kopf("bericht.aufnahme", "aufnahme", p -> dokumente.aufnahme(nutzer, p, stichtag.getValue())),
                    aufnahmeTabelle(aufnahme),
                    kopf("bericht.zuweisungen", "zuweisungen", p -> dokumente.zuweisungen(nutzer, p, stichtag.getValue())),
                    zuweisungsTabelle(zuweisungen),
                    new Paragraph(getTranslation("bericht.personen", Berichtsdokumente.zahl(zuweisungen.personen()))),
                    kopf("bericht.massnahmen", "massnahmen", p -> dokumente.massnahmen(nutzer, stichtag.getValue())),
                    massnahmenTabelle(berichte.massnahmen(nutzer, stichtag.getValue())));
            if (nutzer.hat(Rolle.KI_KOORDINATION) || nutzer.hat(Rolle.KREIS_ADMIN) || nutzer.hat(Rolle.GREMIUM_LESERECHT)) {
                inhalt.add(kopf("bericht.finanzierung", "finanzierung", p -> dokumente.finanzierung(nutzer, p, stichtag.getValue())),
                        new Paragraph(getTranslation("bericht.finanzierung.hinweis")));
            }
            if (!nutzer.hat(Rolle.GREMIUM_LESERECHT) || nutzer.rollen().size() > 1) {
                inhalt.add(kopf("bericht.stellen", "stellen", p -> dokumente.stellen(nutzer, p, stichtag.getValue())),
                        stellenTabelle(stellen.stand(nutzer, programm.getValue(), stichtag.getValue())));
            }
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
        }
    }

    private Component kopf(String titel, String id, Function<String, de.teilhabe.platform.dokument.Dokument> dokument) {
        H3 ueberschrift = new H3(getTranslation(titel));
        HorizontalLayout kopf = new HorizontalLayout(ueberschrift);
        kopf.setWidthFull();
        kopf.expand(ueberschrift);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String p = programm.getValue();
        String datei = getTranslation(titel) + " " + stichtag.getValue();
        for (Dateiformat format : Dateiformat.values()) {
            kopf.add(Dokumentexport.knopf(id + "-" + format.endung(), format.name(), datei.replaceAll("[^\\p{L}\\p{N}]+", "-"),
                    format, () -> dokument.apply(p)));
        }
        return kopf;
    }

    private Grid<Aufnahmezeile> aufnahmeTabelle(Aufnahmetabelle t) {
        Grid<Aufnahmezeile> tabelle = new Grid<>();
        tabelle.setId("bericht-aufnahme");
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Aufnahmezeile::kommune).setHeader(getTranslation("teilnehmer.kommune")).setKey("kommune").setFlexGrow(2);
        spalte(tabelle, "duldung", "teilnehmer.aufenthalt.duldung", Aufnahmezeile::duldung);
        spalte(tabelle, "gestattung", "teilnehmer.aufenthalt.gestattung", Aufnahmezeile::gestattung);
        spalte(tabelle, "aufenthaltstitel", "teilnehmer.aufenthalt.aufenthaltstitel", Aufnahmezeile::aufenthaltstitel);
        spalte(tabelle, "gesamt", "bericht.aufgenommen", Aufnahmezeile::gesamt);
        spalte(tabelle, "abgemeldet", "bericht.abgemeldet", Aufnahmezeile::abgemeldet);
        spalte(tabelle, "aktiv", "bericht.aktiv", Aufnahmezeile::aktiv);
        spalte(tabelle, "ausnahmen", "bericht.ausnahmen", Aufnahmezeile::ausnahmen);
        List<Aufnahmezeile> zeilen = new ArrayList<>(t.zeilen());
        zeilen.add(t.summe());
        tabelle.setItems(zeilen);
        tabelle.setPartNameGenerator(z -> z == t.summe() ? "summe" : null);
        return tabelle;
    }

    private Grid<Zuweisungszeile> zuweisungsTabelle(Zuweisungstabelle t) {
        Grid<Zuweisungszeile> tabelle = new Grid<>();
        tabelle.setId("bericht-zuweisungen");
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(z -> z == t.summe() ? getTranslation("bericht.summe")
                        : "FB " + z.baustein() + (z.bausteinName() == null ? "" : " " + z.bausteinName()))
                .setHeader(getTranslation("bericht.baustein")).setKey("baustein").setFlexGrow(3);
        tabelle.addColumn(z -> z.traeger() == null ? "" : z.traeger()).setHeader(getTranslation("teilnehmer.massnahme.traeger"))
                .setKey("traeger").setFlexGrow(1);
        spalte(tabelle, "zugewiesen", "bericht.zugewiesen", Zuweisungszeile::zugewiesen);
        spalte(tabelle, "laufend", "bericht.laufend", Zuweisungszeile::laufend);
        spalte(tabelle, "abgeschlossen", "bericht.abgeschlossen", Zuweisungszeile::abgeschlossen);
        spalte(tabelle, "abbruch", "bericht.abbruch", Zuweisungszeile::abbruch);
        List<Zuweisungszeile> zeilen = new ArrayList<>(t.zeilen());
        zeilen.add(t.summe());
        tabelle.setItems(zeilen);
        tabelle.setPartNameGenerator(z -> z == t.summe() ? "summe" : null);
        return tabelle;
    }

    private Grid<Massnahmenzeile> massnahmenTabelle(Massnahmentabelle t) {
        Grid<Massnahmenzeile> tabelle = new Grid<>();
        tabelle.setId("bericht-massnahmen");
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Massnahmenzeile::kommunen).setHeader(getTranslation("teilnehmer.kommune")).setKey("kommunen")
                .setFlexGrow(2);
        tabelle.addColumn(z -> "FB " + z.baustein()).setHeader(getTranslation("bericht.baustein")).setKey("baustein")
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(Massnahmenzeile::traeger).setHeader(getTranslation("teilnehmer.massnahme.traeger"))
                .setKey("traeger").setFlexGrow(2);
        tabelle.addColumn(Massnahmenzeile::start).setHeader(getTranslation("bericht.start")).setKey("start").setFlexGrow(2);
        tabelle.addColumn(z -> z.bemerkung() == null ? "" : z.bemerkung()).setHeader(getTranslation("bericht.bemerkung"))
                .setKey("bemerkung").setFlexGrow(3);
        tabelle.setItems(t.zeilen());
        return tabelle;
    }

    /** One line of report (d): a formula with its total, then its Kommunen. */
    private record Stellenzeile(String name, String anspruch, String besetzt, String differenz) {
    }

    private Grid<Stellenzeile> stellenTabelle(Stellenstand stand) {
        List<Stellenzeile> zeilen = new ArrayList<>();
        for (Stellenstand.Schluesselstand s : stand.schluessel()) {
            zeilen.add(new Stellenzeile(s.bezeichnung() + (s.hinweis() == null ? "" : " – " + s.hinweis()),
                    Berichtsdokumente.stellenzahl(s.anspruch()), Berichtsdokumente.stellenzahl(s.besetzt()),
                    Berichtsdokumente.stellenzahl(s.differenz())));
            s.jeKommune().forEach(k -> zeilen.add(new Stellenzeile("    " + k.kommune(),
                    Berichtsdokumente.stellenzahl(k.anspruch()), Berichtsdokumente.stellenzahl(k.besetzt()),
                    Berichtsdokumente.stellenzahl(k.differenz()))));
        }
        Grid<Stellenzeile> tabelle = new Grid<>();
        tabelle.setId("bericht-stellen");
        tabelle.setAllRowsVisible(true);
        tabelle.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Stellenzeile::name).setHeader(getTranslation("bericht.stellen.schluessel")).setKey("name")
                .setFlexGrow(3);
        tabelle.addColumn(Stellenzeile::anspruch).setHeader(getTranslation("bericht.stellen.anspruch")).setKey("anspruch")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(Stellenzeile::besetzt).setHeader(getTranslation("bericht.stellen.besetzt")).setKey("besetzt")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(Stellenzeile::differenz).setHeader(getTranslation("bericht.stellen.differenz")).setKey("differenz")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        tabelle.setItems(zeilen);
        return tabelle;
    }

    private <T> void spalte(Grid<T> tabelle, String key, String text, Function<T, Integer> wert) {
        tabelle.addColumn(z -> Berichtsdokumente.zahl(wert.apply(z))).setHeader(getTranslation(text)).setKey(key)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bericht.titel") + " · " + getTranslation("app.name");
    }
}
