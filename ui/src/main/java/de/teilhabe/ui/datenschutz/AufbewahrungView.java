package de.teilhabe.ui.datenschutz;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Aufbewahrung;
import de.teilhabe.platform.teilnehmer.Aufbewahrungsbericht;
import de.teilhabe.platform.teilnehmer.Aufbewahrungsregel;
import de.teilhabe.platform.teilnehmer.Aufbewahrungstyp;
import de.teilhabe.platform.teilnehmer.Frist;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Retention of participants' data: the periods per record type (the Kreis admin changes them), a dry run that
 * shows what is due on a day, and the anonymisation itself, which the nightly job also runs.
 */
@Route(value = "datenschutz/aufbewahrung", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION})
@Prototype
public class AufbewahrungView extends VerticalLayout implements HasDynamicTitle {
    private final Aufbewahrung aufbewahrung;
    private final Grid<Aufbewahrungsregel> regeln = new Grid<>();
    private final DatePicker stichtag;
    private final Paragraph bericht = new Paragraph();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public AufbewahrungView(Aufbewahrung aufbewahrung) {
        this.aufbewahrung = aufbewahrung;
        addClassName("seite");
        regeln.setId("aufbewahrung-regeln");
        regeln.setAllRowsVisible(true);
        regeln.addColumn(r -> getTranslation("datenschutz.typ." + r.typ().name())).setHeader(getTranslation("datenschutz.typ"))
                .setKey("typ").setFlexGrow(3);
        regeln.addColumn(r -> getTranslation("datenschutz.jahre", r.jahre())).setHeader(getTranslation("datenschutz.frist"))
                .setKey("jahre").setAutoWidth(true);
        regeln.addColumn(r -> getTranslation("datenschutz.jahre", r.standardJahre()))
                .setHeader(getTranslation("datenschutz.standard")).setKey("standard").setAutoWidth(true);
        if (angemeldet().hat(Rolle.KREIS_ADMIN)) {
            regeln.addComponentColumn(this::fristFeld).setHeader(getTranslation("datenschutz.aendern")).setKey("aendern")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        stichtag = Darstellung.datumsfeld(getTranslation("datenschutz.stichtag"), getLocale());
        stichtag.setId("aufbewahrung-stichtag");
        stichtag.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        Button pruefen = new Button(getTranslation("datenschutz.pruefen"), VaadinIcon.SEARCH.create(), e -> pruefen());
        pruefen.setId("aufbewahrung-pruefen");
        Button anonymisieren = new Button(getTranslation("datenschutz.anonymisieren"), VaadinIcon.EYE_SLASH.create(),
                e -> bestaetigen());
        anonymisieren.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anonymisieren.setId("aufbewahrung-anonymisieren");
        HorizontalLayout lauf = new HorizontalLayout(stichtag, pruefen, anonymisieren);
        lauf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bericht.setId("aufbewahrung-bericht");
        add(new H2(getTranslation("datenschutz.titel")), new Paragraph(getTranslation("datenschutz.hinweis")), regeln,
                new H3(getTranslation("datenschutz.lauf")), lauf, fehler, bericht);
        regeln.setItems(aufbewahrung.regeln(angemeldet()));
    }

    private IntegerField fristFeld(Aufbewahrungsregel regel) {
        IntegerField jahre = new IntegerField();
        jahre.setValue(regel.jahre());
        jahre.setStepButtonsVisible(true);
        jahre.setWidth("8rem");
        jahre.addClassName("aufbewahrung-jahre");
        jahre.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                aufbewahrung.aendern(angemeldet(), regel.typ(), regel.version(), new Frist(e.getValue()));
                regeln.setItems(aufbewahrung.regeln(angemeldet()));
            } catch (FachlicherFehler f) {
                jahre.setInvalid(true);
                jahre.setErrorMessage(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
            }
        });
        return jahre;
    }

    private void pruefen() {
        ausfuehren(false);
    }

    private void bestaetigen() {
        ConfirmDialog frage = new ConfirmDialog(getTranslation("datenschutz.anonymisieren"),
                getTranslation("datenschutz.anonymisieren.frage", Darstellung.datum(stichtag.getValue(), getLocale())),
                getTranslation("datenschutz.anonymisieren"), e -> ausfuehren(true));
        frage.setCancelable(true);
        frage.setCancelText(getTranslation("allgemein.abbrechen"));
        frage.setConfirmButtonTheme("error primary");
        frage.open();
    }

    private void ausfuehren(boolean wirklich) {
        fehler.leeren();
        try {
            Aufbewahrungsbericht b = wirklich ? aufbewahrung.anonymisieren(angemeldet(), stichtag.getValue())
                    : aufbewahrung.pruefen(angemeldet(), stichtag.getValue());
            String anzahl = String.join(", ", Arrays.stream(Aufbewahrungstyp.values())
                    .map(t -> getTranslation("datenschutz.typ." + t.name()) + ": " + b.anzahl().getOrDefault(t, 0)).toList());
            bericht.setText(getTranslation(wirklich ? "datenschutz.bericht.lauf" : "datenschutz.bericht.probe",
                    Darstellung.datum(b.stichtag(), getLocale()), b.gesamt(), anzahl));
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.feldfehler().isEmpty() ? f.text(getLocale()) : f.feldfehler().get(0).text(getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("datenschutz.titel") + " · " + getTranslation("app.name");
    }
}
