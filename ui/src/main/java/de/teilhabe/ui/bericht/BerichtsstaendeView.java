package de.teilhabe.ui.bericht;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import de.teilhabe.platform.bericht.Abweichung;
import de.teilhabe.platform.bericht.Berichtsstaende;
import de.teilhabe.platform.bericht.Berichtsstand;
import de.teilhabe.platform.dokument.Dateiformat;
import de.teilhabe.platform.dokument.Zellen;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Dokumentansicht;
import de.teilhabe.ui.komponenten.Dokumentexport;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sprache.Formate;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;

/**
 * Reports frozen for committees: the list per program, each reopened exactly as it was issued (with its downloads),
 * and compared figure by figure with the same report computed today or at another date.
 */
@Route(value = "berichte/staende", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class BerichtsstaendeView extends VerticalLayout implements HasDynamicTitle {
    private final Berichtsstaende staende;
    private final Programmauswahl programm;
    private final Grid<Berichtsstand> liste = new Grid<>();
    private final VerticalLayout stand = new VerticalLayout();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public BerichtsstaendeView(Berichtsstaende staende, ProgrammDienst programme) {
        this.staende = staende;
        addClassName("seite");
        programm = new Programmauswahl("staende-programm", programme.aktiveProgramme(angemeldet()));
        programm.addValueChangeListener(e -> laden());
        liste.setId("staende");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        liste.addColumn(s -> Formate.zeitpunkt(s.festgeschriebenAm(), getLocale()))
                .setHeader(getTranslation("bericht.festgeschrieben.am")).setKey("am").setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(Berichtsstand::titel).setHeader(getTranslation("bericht.bericht")).setKey("titel").setFlexGrow(3);
        liste.addColumn(s -> Darstellung.datum(s.stichtag(), getLocale())).setHeader(getTranslation("bericht.stichtag"))
                .setKey("stichtag").setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(Berichtsstand::anlass).setHeader(getTranslation("bericht.anlass")).setKey("anlass").setFlexGrow(2);
        liste.addColumn(s -> getTranslation(s.geschuetzt() ? "allgemein.ja" : "allgemein.nein"))
                .setHeader(getTranslation("bericht.geschuetzt.kurz")).setKey("geschuetzt").setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(Berichtsstand::festgeschriebenVon).setHeader(getTranslation("bericht.festgeschrieben.von"))
                .setKey("von").setAutoWidth(true).setFlexGrow(0);
        liste.asSingleSelect().addValueChangeListener(e -> zeigen(e.getValue()));
        stand.setPadding(false);
        add(new H2(getTranslation("bericht.staende")), programm, fehler, liste, stand);
        laden();
    }

    private void laden() {
        fehler.leeren();
        stand.removeAll();
        liste.setItems(programm.getValue() == null ? List.of() : staende.liste(angemeldet(), programm.getValue()));
    }

    private void zeigen(Berichtsstand s) {
        stand.removeAll();
        if (s == null) {
            return;
        }
        H3 titel = new H3(s.titel() + " · " + s.anlass());
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.setWidthFull();
        kopf.expand(titel);
        String datei = (s.titel() + " " + s.stichtag() + " " + s.anlass()).replaceAll("[^\\p{L}\\p{N}]+", "-");
        for (Dateiformat format : Dateiformat.values()) {
            kopf.add(Dokumentexport.knopf("stand-" + format.endung(), format.name(), datei, format,
                    () -> staende.oeffnen(angemeldet(), s.id())));
        }
        DatePicker vergleichstag = Darstellung.datumsfeld(getTranslation("bericht.vergleich.stichtag"), getLocale());
        vergleichstag.setId("vergleich-stichtag");
        vergleichstag.setValue(LocalDate.now(Formate.ZEITZONE));
        VerticalLayout vergleich = new VerticalLayout();
        vergleich.setPadding(false);
        Button vergleichen = new Button(getTranslation("bericht.vergleichen"), e -> vergleichen(s, vergleichstag.getValue(),
                vergleich));
        vergleichen.setId("vergleichen");
        HorizontalLayout auswahl = new HorizontalLayout(vergleichstag, vergleichen);
        auswahl.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        stand.add(kopf, new Dokumentansicht("stand", staende.oeffnen(angemeldet(), s.id())),
                new H3(getTranslation("bericht.vergleich")), auswahl, vergleich);
    }

    private void vergleichen(Berichtsstand s, LocalDate tag, VerticalLayout ziel) {
        ziel.removeAll();
        try {
            List<Abweichung> abweichungen = staende.vergleich(angemeldet(), s.id(), tag);
            if (abweichungen.isEmpty()) {
                Paragraph gleich = new Paragraph(getTranslation("bericht.vergleich.gleich"));
                gleich.setId("vergleich-gleich");
                ziel.add(gleich);
                return;
            }
            Grid<Abweichung> grid = new Grid<>();
            grid.setId("vergleich");
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.addColumn(Abweichung::zeile).setHeader(getTranslation("bericht.vergleich.zeile")).setKey("zeile")
                    .setFlexGrow(2);
            grid.addColumn(Abweichung::spalte).setHeader(getTranslation("bericht.vergleich.spalte")).setKey("spalte")
                    .setFlexGrow(2);
            grid.addColumn(Abweichung::damals).setHeader(getTranslation("bericht.vergleich.damals")).setKey("damals")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(Abweichung::heute).setHeader(getTranslation("bericht.vergleich.heute")).setKey("heute")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(a -> a.differenz() == null ? "" : (a.differenz().signum() > 0 ? "+" : "")
                    + Zellen.text(a.differenz().stripTrailingZeros().scale() <= 0
                    ? (Object) a.differenz().longValue() : a.differenz()))
                    .setHeader(getTranslation("bericht.vergleich.differenz")).setKey("differenz")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(abweichungen);
            ziel.add(grid);
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bericht.staende") + " · " + getTranslation("app.name");
    }
}
