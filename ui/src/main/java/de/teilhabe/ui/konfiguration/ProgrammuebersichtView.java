package de.teilhabe.ui.konfiguration;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Finanzstand;
import de.teilhabe.platform.finanzierung.Finanzuebersicht;
import de.teilhabe.platform.massnahme.MassnahmeZeile;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.massnahme.Status;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.Stellenstand;
import de.teilhabe.platform.stelle.Stellenuebersicht;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One program of the Kreis at a glance: its Bausteine, its Maßnahmen by status, the funding bars (granted /
 * forwarded / own share) with the totals per Baustein and the warnings, and the posts entitled vs filled.
 */
@Route(value = "konfiguration/uebersicht", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.GREMIUM_LESERECHT})
@Prototype
public class ProgrammuebersichtView extends VerticalLayout implements HasDynamicTitle {
    private final Bausteine bausteine;
    private final Massnahmen massnahmen;
    private final Finanzuebersicht finanzen;
    private final Stellenuebersicht stellen;
    private final Programmauswahl programm;
    private final DatePicker stichtag;
    private final VerticalLayout inhalt = new VerticalLayout();
    private boolean stichtagGesetzt;

    public ProgrammuebersichtView(ProgrammDienst programme, Bausteine bausteine, Massnahmen massnahmen,
                                  Finanzuebersicht finanzen, Stellenuebersicht stellen) {
        this.bausteine = bausteine;
        this.massnahmen = massnahmen;
        this.finanzen = finanzen;
        this.stellen = stellen;
        this.programm = new Programmauswahl("uebersicht-programm", programme.aktiveProgramme(angemeldet()));
        this.stichtag = Darstellung.datumsfeld(getTranslation("config.overview.date"), getLocale());
        stichtag.setId("uebersicht-stichtag");
        addClassName("seite");
        setWidthFull();
        H2 titel = new H2(getTranslation("config.overview.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel, programm, stichtag);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        inhalt.setPadding(false);
        inhalt.setId("uebersicht");
        add(kopf, inhalt);
        programm.addValueChangeListener(e -> {
            stichtagGesetzt = false;
            laden();
        });
        stichtag.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                laden();
            }
        });
        laden();
    }

    private void laden() {
        inhalt.removeAll();
        String id = programm.getValue();
        if (id == null) {
            inhalt.add(new Paragraph(getTranslation("config.overview.none")));
            return;
        }
        List<Baustein> liste = bausteine.liste(angemeldet(), id);
        if (!stichtagGesetzt) {
            LocalDate heute = MassnahmenView.heute();
            LocalDate ende = liste.stream().map(Baustein::ende).max(LocalDate::compareTo).orElse(heute);
            stichtag.setValue(ende.isBefore(heute) ? ende : heute);
            stichtagGesetzt = true;
        }
        inhalt.add(abschnitt("config.overview.modules", bausteinTabelle(liste)));
        inhalt.add(abschnitt("config.overview.measures", statusZahlen(id)));
        inhalt.add(abschnitt("config.overview.funding", finanzen(id)));
        inhalt.add(abschnitt("config.overview.posts", stellen(id)));
    }

    private Div abschnitt(String titel, com.vaadin.flow.component.Component... teile) {
        Div abschnitt = new Div(new H3(getTranslation(titel)));
        abschnitt.add(teile);
        abschnitt.setWidthFull();
        return abschnitt;
    }

    private Grid<Baustein> bausteinTabelle(List<Baustein> liste) {
        Grid<Baustein> g = new Grid<>();
        g.setId("uebersicht-bausteine");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.addColumn(Baustein::kurz).setHeader(getTranslation("config.measures.module.short")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(Baustein::name).setHeader(getTranslation("config.modules.name")).setFlexGrow(3);
        g.addColumn(b -> Darstellung.datum(b.beginn(), getLocale()) + " – " + Darstellung.datum(b.ende(), getLocale()))
                .setHeader(getTranslation("config.modules.period")).setAutoWidth(true);
        g.addColumn(b -> Darstellung.geld(b.budget(), getLocale())).setHeader(getTranslation("config.modules.budget"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(b -> Darstellung.prozent(b.landesanteilProzent(), getLocale()))
                .setHeader(getTranslation("config.modules.share")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.setItems(liste);
        return g;
    }

    private HorizontalLayout statusZahlen(String programmId) {
        Map<Status, Integer> zahlen = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            zahlen.put(s, 0);
        }
        List<MassnahmeZeile> zeilen = massnahmen.tabelle(angemeldet()).stream().filter(z -> z.programmId().equals(programmId)).toList();
        zeilen.forEach(z -> zahlen.merge(z.status(), 1, Integer::sum));
        HorizontalLayout zeile = new HorizontalLayout();
        zeile.setId("uebersicht-status");
        zeile.getStyle().set("flex-wrap", "wrap");
        zahlen.forEach((s, n) -> {
            Span kachel = new Span(getTranslation(Darstellung.statusSchluessel(s)) + ": " + n);
            kachel.getStyle().set("padding", "0.2em 0.7em").set("border-radius", "1em")
                    .set("background", s == Status.ABGESAGT ? "var(--lumo-error-color-10pct)"
                            : s == Status.LAUFEND ? "var(--lumo-success-color-10pct)" : "var(--lumo-contrast-5pct)");
            kachel.setId("status-" + s.name().toLowerCase(java.util.Locale.ROOT));
            zeile.add(kachel);
        });
        zeile.add(new Span(getTranslation("config.overview.measures.total", zeilen.size())));
        return zeile;
    }

    private Div finanzen(String programmId) {
        Div teil = new Div();
        teil.setWidthFull();
        Finanzstand f;
        try {
            f = finanzen.stand(angemeldet(), programmId, getLocale());
        } catch (FachlicherFehler e) {
            teil.add(new Paragraph(e.text(getLocale())));
            return teil;
        }
        BigDecimal groesster = Stream.of(f.zugesagt(), f.weitergeleitet(), f.eigenanteil()).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        teil.add(new Balken("balken-zugesagt", getTranslation("config.overview.funding.granted"),
                Darstellung.geld(f.zugesagt(), getLocale()), f.zugesagt(), groesster, "var(--lumo-primary-color)"));
        teil.add(new Balken("balken-weitergeleitet", getTranslation("config.overview.funding.forwarded"),
                Darstellung.geld(f.weitergeleitet(), getLocale()), f.weitergeleitet(), groesster, "var(--lumo-success-color)"));
        teil.add(new Balken("balken-eigenanteil", getTranslation("config.overview.funding.own"),
                Darstellung.geld(f.eigenanteil(), getLocale()), f.eigenanteil(), groesster, "var(--lumo-warning-color, #e6a700)"));
        Grid<Finanzstand.Bausteinsumme> g = new Grid<>();
        g.setId("uebersicht-finanzen");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.addColumn(b -> "FB " + b.nummer()).setHeader(getTranslation("config.measures.module.short")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(Finanzstand.Bausteinsumme::name).setHeader(getTranslation("config.modules.name")).setFlexGrow(3);
        g.addColumn(b -> Darstellung.geld(b.zugesagt(), getLocale())).setHeader(getTranslation("config.overview.funding.granted"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(b -> Darstellung.geld(b.weitergeleitet(), getLocale()))
                .setHeader(getTranslation("config.overview.funding.forwarded")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(b -> Darstellung.geld(b.eigenanteil(), getLocale())).setHeader(getTranslation("config.overview.funding.own"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(b -> Darstellung.prozent(b.mindestEigenanteilProzent(), getLocale()))
                .setHeader(getTranslation("config.overview.funding.minimum")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.setItems(f.bausteine());
        teil.add(g);
        f.warnungen().forEach(w -> {
            Paragraph p = new Paragraph("⚠ " + w.text());
            p.addClassName("uebersicht-warnung");
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            teil.add(p);
        });
        return teil;
    }

    private Div stellen(String programmId) {
        Div teil = new Div();
        teil.setWidthFull();
        Stellenstand s;
        try {
            s = stellen.stand(angemeldet(), programmId, stichtag.getValue(), getLocale());
        } catch (FachlicherFehler e) {
            teil.add(new Paragraph(e.text(getLocale())));
            return teil;
        }
        if (s.schluessel().isEmpty() && s.besetzt().signum() == 0 && s.besetztOhneSchluessel().signum() == 0) {
            teil.add(new Paragraph(getTranslation("config.overview.posts.none")));
            return teil;
        }
        BigDecimal groesster = s.anspruch().max(s.besetzt());
        teil.add(new Balken("balken-anspruch", getTranslation("config.overview.posts.entitled"),
                getTranslation("config.overview.posts.fte", Darstellung.zahl(s.anspruch(), getLocale())), s.anspruch(),
                groesster, "var(--lumo-primary-color)"));
        teil.add(new Balken("balken-besetzt", getTranslation("config.overview.posts.filled"),
                getTranslation("config.overview.posts.fte", Darstellung.zahl(s.besetzt(), getLocale())), s.besetzt(),
                groesster, "var(--lumo-success-color)"));
        Grid<Stellenstand.Schluesselstand> g = new Grid<>();
        g.setId("uebersicht-stellen");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.addColumn(Stellenstand.Schluesselstand::bezeichnung).setHeader(getTranslation("config.overview.posts.formula"))
                .setFlexGrow(3);
        g.addColumn(x -> Darstellung.datum(x.berechnungVom(), getLocale())).setHeader(getTranslation("config.overview.posts.inputs"))
                .setAutoWidth(true);
        g.addColumn(x -> Darstellung.zahl(x.anspruch(), getLocale())).setHeader(getTranslation("config.overview.posts.entitled"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(x -> Darstellung.zahl(x.besetzt(), getLocale())).setHeader(getTranslation("config.overview.posts.filled"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(x -> Darstellung.zahl(x.differenz(), getLocale())).setHeader(getTranslation("config.overview.posts.difference"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        g.addColumn(x -> Objects.requireNonNullElse(x.hinweis(), "")).setHeader(getTranslation("config.overview.posts.note"))
                .setFlexGrow(2);
        g.setItems(s.schluessel());
        teil.add(g);
        return teil;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.overview.title") + " · " + getTranslation("app.name");
    }
}
