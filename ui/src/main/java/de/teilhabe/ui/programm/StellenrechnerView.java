package de.teilhabe.ui.programm;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.ProgrammUebersicht;
import de.teilhabe.platform.programm.Programmzustand;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.Schluessel;
import de.teilhabe.platform.stelle.Stellenanspruch;
import de.teilhabe.platform.stelle.StellenberechnungDaten;
import de.teilhabe.platform.stelle.Stellenberechnungen;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import de.teilhabe.ui.sprache.Uebersetzungen;
import io.micronaut.context.annotation.Prototype;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staffing calculator: a program's formula, its inputs (per Kommune where the formula asks for it) →
 * the posts, per Kommune where the formula distributes them, with the calculation steps and the rounding
 * rule, printable. Nothing is stored; bad input gets the platform's errors at the fields.
 */
@Route(value = "stellenrechner", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@StyleSheet("context://styles/programme.css")
@Prototype
public class StellenrechnerView extends VerticalLayout implements HasDynamicTitle {
    private static final Pattern WERT_FELD = Pattern.compile("werte\\[(\\d+)]\\..*");

    private final Stellenberechnungen berechnungen;
    private final List<Kommune> kommunen;
    private final Select<ProgrammUebersicht> programm = new Select<>();
    private final Select<Schluessel> schluessel = new Select<>();
    private final DatePicker stichtag = new DatePicker();
    private final Div eingaben = new Div();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Div ergebnis = new Div();
    private final Button berechnen = new Button();
    private final Button drucken = new Button();
    private final List<Eingabefeld> felder = new ArrayList<>();

    /** One input field: which declared input, for which Kommune (or the whole Kreis), and its value. */
    private record Eingabefeld(Schluessel.Eingabe eingabe, Kommune kommune, HasValidation feld,
                               Supplier<BigDecimal> wert) {
    }

    public StellenrechnerView(Stellenberechnungen berechnungen, ProgrammDienst programme, KommunenDienst kommunen) {
        this.berechnungen = berechnungen;
        this.kommunen = kommunen.liste(angemeldet());
        addClassName("seite");
        addClassName("stellenrechner");
        setWidthFull();
        Paragraph hinweis = new Paragraph(getTranslation("stellenrechner.hinweis"));
        hinweis.addClassNames("programm-hinweis", "nicht-drucken");
        H2 titel = new H2(getTranslation("stellenrechner.titel"));
        titel.addClassName("nicht-drucken");
        auswahl(programme.liste(angemeldet()).stream()
                .filter(p -> Boolean.TRUE.equals(p.aktiv()) && p.zustand() == Programmzustand.GESTARTET).toList());
        eingaben.setId("sr-eingaben");
        eingaben.addClassNames("stellen-eingaben", "nicht-drucken");
        ergebnis.setId("sr-ergebnis");
        ergebnis.addClassName("stellen-ergebnis");
        add(titel, hinweis, fehler, kopf(), eingaben, knoepfe(), ergebnis);
        if (!programm.getListDataView().getItems().findAny().isPresent()) {
            Paragraph keine = new Paragraph(getTranslation("stellenrechner.keine.programme"));
            keine.setId("sr-keine-programme");
            eingaben.add(keine);
        }
    }

    private void auswahl(List<ProgrammUebersicht> aktive) {
        programm.setLabel(getTranslation("stellenrechner.programm"));
        programm.setId("sr-programm");
        programm.setItems(aktive);
        programm.setItemLabelGenerator(ProgrammUebersicht::name);
        programm.addValueChangeListener(e -> programmGewaehlt(e.getValue()));
        schluessel.setLabel(getTranslation("stellenrechner.schluessel"));
        schluessel.setId("sr-schluessel");
        schluessel.setItemLabelGenerator(Schluessel::bezeichnung);
        schluessel.setEnabled(false);
        schluessel.addValueChangeListener(e -> schluesselGewaehlt(e.getValue()));
        stichtag.setLabel(getTranslation("stellenrechner.stichtag"));
        stichtag.setId("sr-stichtag");
        de.teilhabe.ui.komponenten.Darstellung.datumsformat(stichtag, getLocale(), getTranslation("datum.ungueltig"));
        stichtag.setValue(LocalDate.now());
    }

    private Component kopf() {
        FormLayout kopf = new FormLayout(programm, schluessel, stichtag);
        kopf.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        kopf.setMaxWidth("72rem");
        kopf.addClassName("nicht-drucken");
        return kopf;
    }

    private Component knoepfe() {
        berechnen.setText(getTranslation("stellenrechner.berechnen"));
        berechnen.setIcon(VaadinIcon.CALC.create());
        berechnen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        berechnen.setId("sr-berechnen");
        berechnen.setEnabled(false);
        berechnen.addClickListener(e -> berechnen());
        drucken.setText(getTranslation("stellenrechner.drucken"));
        drucken.setIcon(VaadinIcon.PRINT.create());
        drucken.setId("sr-drucken");
        drucken.setEnabled(false);
        drucken.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
        HorizontalLayout knoepfe = new HorizontalLayout(berechnen, drucken);
        knoepfe.addClassName("nicht-drucken");
        return knoepfe;
    }

    private void programmGewaehlt(ProgrammUebersicht p) {
        fehler.leeren();
        ergebnis.removeAll();
        drucken.setEnabled(false);
        List<Schluessel> liste = List.of();
        if (p != null) {
            try {
                liste = berechnungen.schluessel(angemeldet(), p.id());
            } catch (FachlicherFehler f) {
                fehler.zeigen(f.text(getLocale()));
            }
        }
        schluessel.setItems(liste);
        schluessel.setEnabled(!liste.isEmpty());
        if (p != null && liste.isEmpty()) {
            eingabenLeeren();
            Paragraph keine = new Paragraph(getTranslation("stellenrechner.keine.schluessel", p.name()));
            keine.setId("sr-keine-schluessel");
            eingaben.add(keine);
        } else if (liste.size() == 1) {
            schluessel.setValue(liste.get(0));
        }
    }

    private void eingabenLeeren() {
        eingaben.removeAll();
        felder.clear();
        berechnen.setEnabled(false);
    }

    private void schluesselGewaehlt(Schluessel s) {
        eingabenLeeren();
        ergebnis.removeAll();
        drucken.setEnabled(false);
        if (s == null) {
            return;
        }
        for (Schluessel.Eingabe e : s.eingaben()) {
            H4 titel = new H4(e.bezeichnung());
            eingaben.add(titel);
            if (e.hilfetext() != null && !e.hilfetext().isBlank()) {
                Span hilfe = new Span(e.hilfetext());
                hilfe.addClassName("programm-hinweis");
                eingaben.add(hilfe);
            }
            FormLayout werte = new FormLayout();
            werte.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 4));
            werte.setMaxWidth("72rem");
            if (e.jeKommune()) {
                kommunen.forEach(k -> werte.add(feld(e, k, k.name())));
            } else {
                werte.add(feld(e, null, getTranslation("stellenrechner.kreis.gesamt")));
            }
            eingaben.add(werte);
        }
        berechnen.setEnabled(true);
    }

    private Component feld(Schluessel.Eingabe e, Kommune kommune, String bezeichnung) {
        String id = "sr-wert-" + e.schluessel() + "-" + felder.size();
        if (e.ganzzahlig()) {
            IntegerField zahl = new IntegerField(bezeichnung);
            zahl.setId(id);
            zahl.setStepButtonsVisible(false);
            felder.add(new Eingabefeld(e, kommune, zahl,
                    () -> zahl.getValue() == null ? null : BigDecimal.valueOf(zahl.getValue())));
            return zahl;
        }
        BigDecimalField zahl = new BigDecimalField(bezeichnung);
        zahl.setId(id);
        felder.add(new Eingabefeld(e, kommune, zahl, zahl::getValue));
        return zahl;
    }

    private void berechnen() {
        zuruecksetzen();
        ProgrammUebersicht p = programm.getValue();
        Schluessel s = schluessel.getValue();
        List<StellenberechnungDaten.Wert> werte = felder.stream().map(f -> new StellenberechnungDaten.Wert(
                f.eingabe().schluessel(), f.kommune() == null ? null : f.kommune().id(), f.wert().get())).toList();
        try {
            Stellenanspruch anspruch = berechnungen.vorschau(angemeldet(), new StellenberechnungDaten(
                    p == null ? null : p.id(), s == null ? null : s.id(), stichtag.getValue(), null, werte));
            ergebnis.add(ergebnis(p, anspruch));
            drucken.setEnabled(true);
        } catch (FachlicherFehler f) {
            anzeigen(f);
        }
    }

    private Component ergebnis(ProgrammUebersicht p, Stellenanspruch a) {
        Locale sprache = getLocale();
        Div inhalt = new Div();
        H3 titel = new H3(getTranslation("stellenrechner.ergebnis.titel", a.bezeichnung()));
        Paragraph kopf = new Paragraph(getTranslation("stellenrechner.ergebnis.kopf", p == null ? "" : p.name(),
                angemeldet().kreisName(), a.stichtag() == null ? "" : datum(a.stichtag(), sprache)));
        kopf.addClassName("programm-hinweis");
        Span stellen = new Span(Darstellung.zahl(a.stellen(), sprache));
        stellen.setId("sr-stellen");
        Div summe = new Div(new Span(getTranslation("stellenrechner.ergebnis.stellen") + " "), stellen);
        summe.addClassName("stellen-summe");
        inhalt.add(titel, kopf, summe);
        inhalt.add(tabelle(a, sprache));
        if (!a.rechenweg().isEmpty()) {
            OrderedList weg = new OrderedList();
            weg.setId("sr-rechenweg");
            a.rechenweg().forEach(schritt -> weg.add(new ListItem(schritt)));
            inhalt.add(new H4(getTranslation("stellenrechner.rechenweg")), weg);
        }
        Paragraph regel = new Paragraph(a.rundungsregel());
        regel.setId("sr-rundungsregel");
        inhalt.add(new H4(getTranslation("stellenrechner.rundungsregel")), regel);
        return inhalt;
    }

    /** Per Kommune: the entered basis and, where the formula distributes, the Kommune's posts; then the total. */
    private Component tabelle(Stellenanspruch a, Locale sprache) {
        NativeTable tabelle = new NativeTable();
        tabelle.setId("sr-tabelle");
        tabelle.addClassName("stellen-tabelle");
        boolean verteilt = !a.jeKommune().isEmpty();
        NativeTableRow kopf = tabelle.getHead().addRow();
        kopf.addHeaderCell().setText(getTranslation("stellenrechner.kommune"));
        kopf.addHeaderCell().setText(getTranslation("stellenrechner.grundlage"));
        if (verteilt) {
            kopf.addHeaderCell().setText(getTranslation("stellenrechner.stellen"));
        }
        NativeTableBody rumpf = tabelle.addBody();
        if (verteilt) {
            a.jeKommune().forEach(anteil -> zeile(rumpf, anteil.kommune(), Darstellung.zahl(anteil.grundlage(), sprache),
                    Darstellung.zahl(anteil.stellen(), sprache)));
        } else {
            felder.stream().filter(f -> f.kommune() != null).forEach(f -> zeile(rumpf, f.kommune().name(),
                    Darstellung.zahl(f.wert().get(), sprache), null));
            felder.stream().filter(f -> f.kommune() == null).forEach(f -> zeile(rumpf, f.eingabe().bezeichnung(),
                    Darstellung.zahl(f.wert().get(), sprache), null));
        }
        NativeTableRow fuss = tabelle.getFoot().addRow();
        fuss.addHeaderCell().setText(getTranslation("stellenrechner.gesamt"));
        BigDecimal grundlage = verteilt
                ? a.jeKommune().stream().map(Stellenanspruch.Anteil::grundlage).reduce(BigDecimal.ZERO, BigDecimal::add)
                : felder.stream().filter(f -> f.kommune() != null).map(f -> f.wert().get())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        fuss.addHeaderCell().setText(Darstellung.zahl(grundlage, sprache));
        if (verteilt) {
            fuss.addHeaderCell().setText(Darstellung.zahl(a.stellen(), sprache));
        }
        return tabelle;
    }

    private static void zeile(NativeTableBody rumpf, String name, String grundlage, String stellen) {
        NativeTableRow zeile = rumpf.addRow();
        zeile.addDataCell().setText(name);
        zeile.addDataCell().setText(grundlage);
        if (stellen != null) {
            zeile.addDataCell().setText(stellen);
        }
    }

    private static String datum(LocalDate tag, Locale sprache) {
        return tag.format(DateTimeFormatter.ofPattern(
                Uebersetzungen.unterstuetzt(sprache) == Uebersetzungen.ENGLISCH ? "dd/MM/yyyy" : "dd.MM.yyyy"));
    }

    private void zuruecksetzen() {
        fehler.leeren();
        ergebnis.removeAll();
        drucken.setEnabled(false);
        programm.setInvalid(false);
        schluessel.setInvalid(false);
        stichtag.setInvalid(false);
        felder.forEach(f -> f.feld().setInvalid(false));
    }

    private void anzeigen(FachlicherFehler f) {
        for (Feldfehler feld : f.feldfehler()) {
            HasValidation ziel = ziel(feld.feld());
            String text = feld.text(getLocale());
            if (ziel == null) {
                fehler.zeigen(text);
            } else {
                ziel.setErrorMessage(text);
                ziel.setInvalid(true);
            }
        }
        if (f.feldfehler().isEmpty()) {
            fehler.zeigen(f.text(getLocale()));
        }
    }

    private HasValidation ziel(String feld) {
        if (feld == null) {
            return null;
        }
        Matcher m = WERT_FELD.matcher(feld);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return i < felder.size() ? felder.get(i).feld() : null;
        }
        return switch (feld) {
            case "programmId" -> programm;
            case "schluesselId" -> schluessel;
            case "stichtag" -> stichtag;
            default -> null;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stellenrechner.titel") + " · " + getTranslation("app.name");
    }
}
