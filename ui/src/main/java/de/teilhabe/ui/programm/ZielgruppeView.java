package de.teilhabe.ui.programm;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.zielgruppe.Personendaten;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.platform.zielgruppe.Zielgruppencheck;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.plugin.api.zielgruppe.Merkmal;
import de.teilhabe.plugin.api.zielgruppe.Rechtskreis;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Zielgruppe prüfen": a person's data against every program the Kreis runs; per program a card with the
 * verdict, its reasons, whether a documented exception is possible — or the program's error. Nothing is stored.
 */
@Route(value = "zielgruppe", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT})
@StyleSheet("context://styles/programme.css")
@Prototype
public class ZielgruppeView extends VerticalLayout implements HasDynamicTitle {
    private final Zielgruppencheck check;
    private final DatePicker geburtsdatum = new DatePicker();
    private final Select<Aufenthaltsstatus> aufenthaltsstatus = new Select<>();
    private final CheckboxGroup<Merkmal> merkmale = new CheckboxGroup<>();
    private final CheckboxGroup<Rechtskreis> leistungen = new CheckboxGroup<>();
    private final DatePicker stichtag = new DatePicker();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Div ergebnis = new Div();

    public ZielgruppeView(Zielgruppencheck check) {
        this.check = check;
        addClassName("seite");
        setWidthFull();
        felder();
        Button pruefen = new Button(getTranslation("zielgruppe.pruefen"), VaadinIcon.CHECK.create(), e -> pruefen());
        pruefen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pruefen.setId("zg-pruefen");
        pruefen.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        ergebnis.setId("zg-ergebnis");
        ergebnis.addClassName("urteile");
        Paragraph hinweis = new Paragraph(getTranslation("zielgruppe.hinweis"));
        hinweis.addClassName("programm-hinweis");
        add(new H2(getTranslation("zielgruppe.titel")), hinweis, fehler, formular(), pruefen, ergebnis);
    }

    private void felder() {
        Locale sprache = getLocale();
        geburtsdatum.setLabel(getTranslation("zielgruppe.geburtsdatum"));
        geburtsdatum.setId("zg-geburtsdatum");
        geburtsdatum.setHelperText(getTranslation("teilnehmer.geburtsdatum.hilfe"));
        geburtsdatum.setPlaceholder(getTranslation("datum.platzhalter"));
        de.teilhabe.ui.komponenten.Darstellung.datumsformat(geburtsdatum, sprache, getTranslation("datum.ungueltig"));
        aufenthaltsstatus.setLabel(getTranslation("zielgruppe.aufenthaltsstatus"));
        aufenthaltsstatus.setId("zg-aufenthaltsstatus");
        aufenthaltsstatus.setItems(Aufenthaltsstatus.values());
        String unbekannt = getTranslation("zielgruppe.aufenthaltsstatus.unbekannt");
        aufenthaltsstatus.setItemLabelGenerator(s -> s == null ? unbekannt : s.bezeichnung());
        aufenthaltsstatus.setEmptySelectionAllowed(true);
        aufenthaltsstatus.setEmptySelectionCaption(unbekannt);
        merkmale.setLabel(getTranslation("zielgruppe.merkmale"));
        merkmale.setId("zg-merkmale");
        merkmale.setItems(Merkmal.values());
        merkmale.setItemLabelGenerator(Merkmal::bezeichnung);
        merkmale.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        leistungen.setLabel(getTranslation("zielgruppe.leistungen"));
        leistungen.setId("zg-leistungen");
        leistungen.setItems(Rechtskreis.values());
        leistungen.setItemLabelGenerator(Rechtskreis::bezeichnung);
        leistungen.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        stichtag.setLabel(getTranslation("zielgruppe.stichtag"));
        stichtag.setId("zg-stichtag");
        stichtag.setHelperText(getTranslation("zielgruppe.stichtag.hilfe"));
        de.teilhabe.ui.komponenten.Darstellung.datumsformat(stichtag, sprache, getTranslation("datum.ungueltig"));
        stichtag.setValue(LocalDate.now());
    }

    private FormLayout formular() {
        FormLayout formular = new FormLayout(geburtsdatum, aufenthaltsstatus, stichtag, merkmale, leistungen);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        formular.setColspan(merkmale, 2);
        formular.addClassName("zielgruppe-formular");
        formular.setMaxWidth("72rem");
        return formular;
    }

    private void pruefen() {
        zuruecksetzen();
        Personendaten daten = new Personendaten(geburtsdatum.getValue(),
                aufenthaltsstatus.getValue() == null ? null : aufenthaltsstatus.getValue().name(),
                namen(merkmale.getValue()), namen(leistungen.getValue()), stichtag.getValue());
        try {
            List<Programmurteil> urteile = check.pruefen(angemeldet(), daten);
            if (urteile.isEmpty()) {
                Paragraph keine = new Paragraph(getTranslation("zielgruppe.keine.programme"));
                keine.setId("zg-keine-programme");
                ergebnis.add(keine);
            }
            urteile.forEach(u -> ergebnis.add(karte(u)));
        } catch (FachlicherFehler f) {
            anzeigen(f);
        }
    }

    private static Set<String> namen(Set<? extends Enum<?>> werte) {
        return werte.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private Component karte(Programmurteil u) {
        Div karte = new Div();
        karte.addClassNames("urteil", "urteil-" + (u.einstufung() == null ? "fehler" : u.einstufung().toLowerCase(Locale.ROOT)));
        karte.setId("urteil-" + u.programmId());
        H3 titel = new H3(u.programm());
        karte.add(titel);
        if (u.fehler() != null) {
            Span text = new Span(VaadinIcon.WARNING.create(), new Span(u.fehler()));
            text.addClassName("urteil-fehler");
            karte.add(text);
            return karte;
        }
        Span einstufung = new Span(u.einstufungText());
        einstufung.addClassName("urteil-einstufung");
        karte.add(einstufung);
        if (!u.begruendungen().isEmpty()) {
            karte.add(new Span(getTranslation("zielgruppe.begruendung")), liste(u.begruendungen(), "urteil-gruende"));
        }
        if (u.ausnahmeZulaessig()) {
            Paragraph ausnahme = new Paragraph(getTranslation("zielgruppe.ausnahme"));
            ausnahme.addClassName("urteil-ausnahme");
            karte.add(ausnahme);
        }
        if (!u.hinweise().isEmpty()) {
            karte.add(new Span(getTranslation("zielgruppe.hinweise")), liste(u.hinweise(), "urteil-hinweise"));
        }
        return karte;
    }

    private static UnorderedList liste(List<String> texte, String klasse) {
        UnorderedList liste = new UnorderedList();
        liste.addClassName(klasse);
        texte.forEach(t -> liste.add(new ListItem(t)));
        return liste;
    }

    private void zuruecksetzen() {
        fehler.leeren();
        ergebnis.removeAll();
        feldZuordnung().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> feldZuordnung() {
        return Map.of("geburtsdatum", geburtsdatum, "aufenthaltsstatus", aufenthaltsstatus, "merkmale", merkmale,
                "leistungen", leistungen, "stichtag", stichtag);
    }

    private void anzeigen(FachlicherFehler f) {
        Map<String, HasValidation> felder = feldZuordnung();
        for (Feldfehler feld : f.feldfehler()) {
            HasValidation ziel = feld.feld() == null ? null : felder.get(feld.feld());
            if (ziel == null) {
                fehler.zeigen(feld.text(getLocale()));
            } else {
                ziel.setErrorMessage(feld.text(getLocale()));
                ziel.setInvalid(true);
            }
        }
        if (f.feldfehler().isEmpty()) {
            fehler.zeigen(f.text(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zielgruppe.titel") + " · " + getTranslation("app.name");
    }
}
