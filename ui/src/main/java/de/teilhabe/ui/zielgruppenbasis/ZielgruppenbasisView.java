package de.teilhabe.ui.zielgruppenbasis;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.zielgruppenbasis.Basisstand;
import de.teilhabe.platform.zielgruppenbasis.Zielgruppenbasis;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenbasisDaten;
import de.teilhabe.platform.zielgruppenbasis.ZielgruppenwertAnsicht;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The target-group base: per program and Stand (Stichtag) the tolerated and permitted people per Kommune as the
 * foreigners' offices report them, with the total per Kommune and the sum row. The KI and the Kreis-Admin enter
 * and save a Stand (field errors at the fields, a stale save in the red box); case managers and committee
 * readers only read.
 */
@Route(value = "zielgruppenbasis", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class ZielgruppenbasisView extends VerticalLayout implements HasDynamicTitle {
    private final Zielgruppenbasis basis;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final List<Kommune> kommunen;
    private final Programmauswahl programm;
    private final Select<Basisstand> stand = new Select<>();
    private final DatePicker stichtag;
    private final TextField quelle = new TextField();
    private final Grid<Zeile> tabelle = new Grid<>();
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final Paragraph leer = new Paragraph();
    private final List<Zeile> zeilen = new ArrayList<>();
    private final Zeile summe;

    /** One row: a Kommune with its two count fields and its total, or ({@code kommune == null}) the sum row. */
    private static final class Zeile {
        private final Kommune kommune;
        private final IntegerField geduldete;
        private final IntegerField gestattete;
        private final Span summeGeduldete = new Span();
        private final Span summeGestattete = new Span();
        private final Span gesamt = new Span();

        private Zeile(Kommune kommune, IntegerField geduldete, IntegerField gestattete) {
            this.kommune = kommune;
            this.geduldete = geduldete;
            this.gestattete = gestattete;
        }

        private int wert(IntegerField feld) {
            return feld == null || feld.getValue() == null ? 0 : feld.getValue();
        }
    }

    public ZielgruppenbasisView(Zielgruppenbasis basis, ProgrammDienst programme, KommunenDienst kommunenDienst) {
        this.basis = basis;
        Collator deutsch = Collator.getInstance(Locale.GERMAN);
        this.kommunen = kommunenDienst.liste(angemeldet()).stream().sorted(Comparator.comparing(Kommune::name, deutsch))
                .toList();
        this.programm = new Programmauswahl("zgb-programm", programme.aktiveProgramme(angemeldet()));
        this.stichtag = Darstellung.datumsfeld(getTranslation("zgb.stichtag"), getLocale());
        addClassName("seite");
        setWidthFull();
        H2 titel = new H2(getTranslation("zgb.titel"));
        HorizontalLayout kopf = new HorizontalLayout(titel, programm, stand);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        Paragraph hinweis = new Paragraph(getTranslation("zgb.hinweis"));
        hinweis.addClassName("programm-hinweis");
        leer.setId("zgb-leer");
        leer.setVisible(false);
        add(kopf, hinweis, fehler, leer, formular());
        for (int i = 0; i < kommunen.size(); i++) {
            zeilen.add(new Zeile(kommunen.get(i), zahlfeld("zgb-geduldete-" + i), zahlfeld("zgb-gestattete-" + i)));
        }
        summe = new Zeile(null, null, null);
        summe.summeGeduldete.setId("zgb-summe-geduldete");
        summe.summeGestattete.setId("zgb-summe-gestattete");
        summe.gesamt.setId("zgb-summe-gesamt");
        spalten();
        add(tabelle);
        if (schreiben) {
            add(knoepfe());
        }
        standauswahl();
        programm.addValueChangeListener(e -> laden(null));
        laden(null);
    }

    private Component formular() {
        stichtag.setId("zgb-stichtag");
        stichtag.setReadOnly(!schreiben);
        quelle.setId("zgb-quelle");
        quelle.setLabel(getTranslation("zgb.quelle"));
        quelle.setPlaceholder(getTranslation("zgb.quelle.beispiel"));
        quelle.setMaxLength(500);
        quelle.setReadOnly(!schreiben);
        FormLayout formular = new FormLayout(stichtag, quelle);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        formular.setColspan(quelle, 2);
        formular.setMaxWidth("72rem");
        return formular;
    }

    private void standauswahl() {
        stand.setId("zgb-stand");
        stand.setLabel(getTranslation("zgb.stand"));
        stand.setWidth("22rem");
        stand.setItemLabelGenerator(s -> s == null ? getTranslation("zgb.stand.neu") : s.stamm().quelle() == null
                ? Darstellung.datum(s.stamm().stichtag(), getLocale())
                : getTranslation("zgb.stand.eintrag", Darstellung.datum(s.stamm().stichtag(), getLocale()),
                s.stamm().quelle()));
        if (schreiben) {
            stand.setEmptySelectionAllowed(true);
            stand.setEmptySelectionCaption(getTranslation("zgb.stand.neu"));
        }
        stand.addValueChangeListener(e -> anzeigen(e.getValue()));
    }

    private IntegerField zahlfeld(String id) {
        IntegerField feld = new IntegerField();
        feld.setId(id);
        feld.setWidth("8rem");
        feld.setStepButtonsVisible(false);
        feld.setReadOnly(!schreiben);
        feld.addValueChangeListener(e -> rechnen());
        return feld;
    }

    private void spalten() {
        tabelle.setId("zgb-tabelle");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.setAllRowsVisible(true);
        tabelle.setMaxWidth("48rem");
        tabelle.addColumn(z -> z.kommune == null ? getTranslation("zgb.summe") : z.kommune.name())
                .setHeader(getTranslation("zgb.kommune")).setKey("kommune").setFlexGrow(2);
        tabelle.addComponentColumn(z -> z.kommune == null ? z.summeGeduldete : z.geduldete)
                .setHeader(getTranslation("zgb.geduldete")).setKey("geduldete").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addComponentColumn(z -> z.kommune == null ? z.summeGestattete : z.gestattete)
                .setHeader(getTranslation("zgb.gestattete")).setKey("gestattete").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addComponentColumn(z -> z.gesamt).setHeader(getTranslation("zgb.gesamt")).setKey("gesamt")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        tabelle.setPartNameGenerator(z -> z.kommune == null ? "summe" : null);
        List<Zeile> alle = new ArrayList<>(zeilen);
        alle.add(summe);
        tabelle.setItems(alle);
    }

    private Component knoepfe() {
        Button speichern = new Button(getTranslation("zgb.speichern"), VaadinIcon.CHECK.create(), e -> speichern());
        speichern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        speichern.setId("zgb-speichern");
        return new HorizontalLayout(speichern);
    }

    /** Reloads the Stände of the chosen program and shows {@code auswahl}, else the newest. */
    private void laden(UUID auswahl) {
        fehler.leeren();
        List<Basisstand> staende = programm.getValue() == null ? List.of()
                : basis.staende(angemeldet(), programm.getValue());
        stand.setItems(staende);
        Optional<Basisstand> gewaehlt = staende.stream().filter(s -> s.id().equals(auswahl)).findFirst()
                .or(() -> staende.stream().findFirst());
        leer.setText(getTranslation(programm.getValue() == null ? "zgb.keine.programme" : "zgb.keine.staende"));
        leer.setVisible(staende.isEmpty());
        if (gewaehlt.isPresent()) {
            stand.setValue(gewaehlt.get());
        } else {
            stand.clear();
        }
        anzeigen(gewaehlt.orElse(null));
    }

    private void anzeigen(Basisstand s) {
        zuruecksetzen();
        Map<UUID, ZielgruppenwertAnsicht> werte = new HashMap<>();
        if (s != null) {
            s.werte().forEach(w -> werte.put(w.kommuneId(), w));
        }
        stichtag.setValue(s == null ? null : s.stamm().stichtag());
        quelle.setValue(s == null || s.stamm().quelle() == null ? "" : s.stamm().quelle());
        for (Zeile z : zeilen) {
            ZielgruppenwertAnsicht w = werte.get(z.kommune.id());
            z.geduldete.setValue(s == null ? null : w == null ? 0 : w.geduldete());
            z.gestattete.setValue(s == null ? null : w == null ? 0 : w.gestattete());
        }
        rechnen();
    }

    /** The total per Kommune and the sum row, from the fields as they are (empty counts 0). */
    private void rechnen() {
        if (summe == null) {
            return;
        }
        int geduldet = 0;
        int gestattet = 0;
        for (Zeile z : zeilen) {
            int g = z.wert(z.geduldete);
            int s = z.wert(z.gestattete);
            z.gesamt.setText(Integer.toString(g + s));
            geduldet += g;
            gestattet += s;
        }
        summe.summeGeduldete.setText(Integer.toString(geduldet));
        summe.summeGestattete.setText(Integer.toString(gestattet));
        summe.gesamt.setText(Integer.toString(geduldet + gestattet));
    }

    private void speichern() {
        zuruecksetzen();
        Basisstand alt = stand.getValue();
        List<ZielgruppenbasisDaten.Wert> werte = zeilen.stream().map(z -> new ZielgruppenbasisDaten.Wert(
                z.kommune.id(), z.wert(z.geduldete), z.wert(z.gestattete))).toList();
        try {
            Basisstand neu = basis.speichern(angemeldet(), new ZielgruppenbasisDaten(alt == null ? null : alt.id(),
                    alt == null ? null : alt.version(), programm.getValue(), stichtag.getValue(), quelle.getValue(),
                    werte));
            laden(neu.id());
            Notification.show(getTranslation("zgb.gespeichert", Darstellung.datum(neu.stamm().stichtag(), getLocale())),
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FachlicherFehler f) {
            Map<String, HasValidation> felder = new HashMap<>();
            felder.put("programmId", programm);
            felder.put("stichtag", stichtag);
            felder.put("quelle", quelle);
            for (int i = 0; i < zeilen.size(); i++) {
                felder.put("werte[" + i + "].geduldete", zeilen.get(i).geduldete);
                felder.put("werte[" + i + "].gestattete", zeilen.get(i).gestattete);
            }
            if ("konflikt.veraltet".equals(f.code())) {
                fehler.zeigen(getTranslation("zgb.veraltet"));
            } else {
                Fehlerzuordnung.anzeigen(f, felder, fehler, getLocale());
            }
        }
    }

    private void zuruecksetzen() {
        fehler.leeren();
        programm.setInvalid(false);
        stichtag.setInvalid(false);
        quelle.setInvalid(false);
        zeilen.forEach(z -> {
            z.geduldete.setInvalid(false);
            z.gestattete.setInvalid(false);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zgb.titel") + " · " + getTranslation("app.name");
    }
}
