package de.teilhabe.ui.teilnehmer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.AufenthaltDaten;
import de.teilhabe.platform.teilnehmer.AufnahmeAntrag;
import de.teilhabe.platform.teilnehmer.Aufnahmepruefung;
import de.teilhabe.platform.teilnehmer.Personenhinweis;
import de.teilhabe.platform.teilnehmer.TeilnahmeAntrag;
import de.teilhabe.platform.teilnehmer.Einwilligungszweck;
import de.teilhabe.platform.teilnehmer.Freigabe;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.komponenten.Fehlerzuordnung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Intake of a participant: master data (the birth date may be unknown), residence status, work ban and exclusion
 * facts with their periods, then every enabled program's target-group verdict with its reasons; intake into a
 * program outside its target group only as a documented exception (reason and who approved it); a verdict that
 * cannot be decided („nicht entscheidbar“) is taken in as an open clarification with its Wiedervorlage date. ABH
 * clearance and the consents given are recorded with it. Where people with the same names are already recorded, the
 * check shows them and offers to take that person into the program instead of recording someone twice.
 */
@Route(value = "teilnehmer/aufnahme", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT})
@Prototype
public class AufnahmeView extends VerticalLayout implements HasDynamicTitle {
    private static final Set<String> IM_ZIEL = Set.of("PRIMAER", "SEKUNDAER");
    private static final String NICHT_ENTSCHEIDBAR = "NICHT_ENTSCHEIDBAR";
    private final TeilnehmerAufnahme dienst;
    private final Fehleranzeige fehler = new Fehleranzeige();
    private final PersonFormular person;
    private final Select<Aufenthaltsstatus> status = new Select<>();
    private final DatePicker statusAb;
    private final DatePicker aufgenommenAm;
    private final Div urteile = new Div();
    private final VerticalLayout aufnahme = new VerticalLayout();
    private final Select<String> programm = new Select<>();
    private final TextField ausnahmeGrund = new TextField();
    private final TextField ausnahmeGenehmigtVon = new TextField();
    private final Select<Freigabe> freigabe = new Select<>();
    private final DatePicker freigabeAm;
    private final CheckboxGroup<Einwilligungszweck> einwilligungen = new CheckboxGroup<>();
    private final MerkmaleFormular merkmale = new MerkmaleFormular();
    private final DatePicker klaerungBis;
    private final BestehendePersonen bestehende = new BestehendePersonen();
    private final Button aufnehmen = new Button();
    private List<Programmurteil> ergebnis = List.of();

    public AufnahmeView(TeilnehmerAufnahme dienst, KommunenDienst kommunen) {
        this.dienst = dienst;
        addClassName("seite");
        person = new PersonFormular(kommunen.liste(angemeldet()), null);
        status.setLabel(getTranslation("teilnehmer.status"));
        status.setId("aufnahme-status");
        status.setItems(Aufenthaltsstatus.values());
        status.setItemLabelGenerator(a -> a == null ? getTranslation("aufnahme.status.unbekannt") : Texte.status(a));
        statusAb = Darstellung.datumsfeld(getTranslation("teilnehmer.status.seit"), getLocale());
        statusAb.setId("aufnahme-status-ab");
        aufgenommenAm = Darstellung.datumsfeld(getTranslation("teilnehmer.aufgenommen"), getLocale());
        aufgenommenAm.setId("aufnahme-am");
        aufgenommenAm.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        freigabeAm = Darstellung.datumsfeld(getTranslation("teilnehmer.freigabe.am"), getLocale());
        freigabeAm.setId("aufnahme-freigabe-am");
        klaerungBis = Darstellung.datumsfeld(getTranslation("teilnahme.klaerung.bis"), getLocale());
        klaerungBis.setId("aufnahme-klaerung-bis");
        klaerungBis.setHelperText(getTranslation("aufnahme.klaerung.hilfe"));
        status.setEmptySelectionAllowed(true);
        status.setHelperText(getTranslation("aufnahme.status.hilfe"));
        FormLayout aufenthalt = new FormLayout(status, statusAb, aufgenommenAm);
        aufenthalt.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        Button pruefen = new Button(getTranslation("teilnehmer.zielgruppe.pruefen"), VaadinIcon.USER_CHECK.create(), e -> pruefen());
        pruefen.setId("aufnahme-pruefen");
        urteile.setId("aufnahme-urteile");
        urteile.addClassName("urteile");
        aufnahmeTeil();
        add(new H2(getTranslation("teilnehmer.aufnahme")), fehler, new H3(getTranslation("teilnehmer.reiter.stammdaten")),
                person, new H3(getTranslation("teilnehmer.reiter.aufenthalt")), aufenthalt,
                new H3(getTranslation("teilnehmer.merkmale")), new Paragraph(getTranslation("aufnahme.merkmale.hinweis")),
                merkmale, pruefen, urteile, aufnahme);
    }

    private void aufnahmeTeil() {
        programm.setLabel(getTranslation("teilnehmer.programm"));
        programm.setId("aufnahme-programm");
        programm.setItemLabelGenerator(Texte::programm);
        programm.addValueChangeListener(e -> ausnahmeZeigen());
        ausnahmeGrund.setLabel(getTranslation("teilnehmer.ausnahme.grund"));
        ausnahmeGrund.setId("aufnahme-ausnahme-grund");
        ausnahmeGenehmigtVon.setLabel(getTranslation("teilnehmer.ausnahme.genehmigt"));
        ausnahmeGenehmigtVon.setId("aufnahme-ausnahme-genehmigt");
        freigabe.setLabel(getTranslation("teilnehmer.freigabe"));
        freigabe.setId("aufnahme-freigabe");
        freigabe.setItems(Freigabe.values());
        freigabe.setEmptySelectionAllowed(true);
        freigabe.setItemLabelGenerator(f -> f == null ? getTranslation("teilnehmer.freigabe.offen") : f.text(getLocale()));
        einwilligungen.setLabel(getTranslation("teilnehmer.reiter.einwilligungen"));
        einwilligungen.setId("aufnahme-einwilligungen");
        einwilligungen.setItems(Einwilligungszweck.values());
        einwilligungen.setItemLabelGenerator(z -> z.text(getLocale()));
        FormLayout formular = new FormLayout(programm, klaerungBis, ausnahmeGrund, ausnahmeGenehmigtVon, freigabe, freigabeAm);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        aufnehmen.setText(getTranslation("teilnehmer.aufnehmen"));
        aufnehmen.setIcon(VaadinIcon.CHECK.create());
        aufnehmen.addClickListener(e -> aufnehmen());
        aufnehmen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        aufnehmen.setId("aufnahme-speichern");
        aufnahme.setPadding(false);
        aufnahme.add(new H3(getTranslation("teilnehmer.aufnahme.programm")), formular, einwilligungen, bestehende, aufnehmen);
        aufnahme.setVisible(false);
    }

    private void pruefen() {
        fehler.leeren();
        felder().values().forEach(f -> f.setInvalid(false));
        Aufnahmepruefung pruefung;
        try {
            pruefung = dienst.pruefen(angemeldet(), person.daten(), aufenthalt(), aufgenommenAm.getValue());
        } catch (FachlicherFehler f) {
            Fehlerzuordnung.anzeigen(f, felder(), fehler, getLocale());
            return;
        }
        ergebnis = pruefung.urteile();
        bestehende.zeigen(pruefung.bestehende(), this::bestehendeAufnehmen);
        aufnehmen.setText(getTranslation(pruefung.bestehende().isEmpty() ? "teilnehmer.aufnehmen"
                : "aufnahme.neue.person"));
        urteile.removeAll();
        for (Programmurteil u : ergebnis) {
            urteile.add(urteil(u));
        }
        List<String> programme = ergebnis.stream().filter(u -> u.fehler() == null).map(Programmurteil::programmId)
                .distinct().toList();
        programm.setItems(programme);
        ergebnis.stream().filter(u -> IM_ZIEL.contains(u.einstufung())).findFirst()
                .ifPresentOrElse(u -> programm.setValue(u.programmId()),
                        () -> programm.setValue(programme.isEmpty() ? null : programme.get(0)));
        aufnahme.setVisible(!programme.isEmpty());
        ausnahmeZeigen();
    }

    private Div urteil(Programmurteil u) {
        Div karte = new Div();
        karte.addClassName("urteil");
        karte.getElement().setAttribute("data-programm", u.programmId());
        Span kopf = new Span(u.programm() + ": " + (u.fehler() != null ? u.fehler()
                : getTranslation("teilnehmer.einstufung." + u.einstufung().toLowerCase(Locale.ROOT))));
        kopf.addClassName("urteil-kopf");
        karte.addClassName(u.einstufung() != null && IM_ZIEL.contains(u.einstufung()) ? "im-ziel" : "nicht-im-ziel");
        UnorderedList gruende = new UnorderedList();
        u.begruendungen().forEach(b -> gruende.add(new ListItem(b)));
        u.hinweise().forEach(h -> gruende.add(new ListItem(h)));
        karte.add(kopf, gruende);
        if (NICHT_ENTSCHEIDBAR.equals(u.einstufung())) {
            karte.addClassName("nicht-entscheidbar");
            karte.add(new Span(getTranslation("aufnahme.nicht.entscheidbar")));
        } else if (u.einstufung() != null && !IM_ZIEL.contains(u.einstufung())) {
            karte.add(new Span(getTranslation(u.ausnahmeZulaessig() ? "teilnehmer.ausnahme.moeglich"
                    : "teilnehmer.ausnahme.nicht.moeglich")));
        }
        return karte;
    }

    /** Exception fields for „nicht Zielgruppe“, the Wiedervorlage date for „nicht entscheidbar“. */
    private void ausnahmeZeigen() {
        String einstufung = ergebnis.stream().filter(u -> u.programmId().equals(programm.getValue()))
                .map(Programmurteil::einstufung).findFirst().orElse(null);
        boolean ausnahme = einstufung != null && !IM_ZIEL.contains(einstufung) && !NICHT_ENTSCHEIDBAR.equals(einstufung);
        ausnahmeGrund.setVisible(ausnahme);
        ausnahmeGenehmigtVon.setVisible(ausnahme);
        boolean klaerung = NICHT_ENTSCHEIDBAR.equals(einstufung);
        klaerungBis.setVisible(klaerung);
        if (klaerung && klaerungBis.getValue() == null) {
            klaerungBis.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE).plusDays(14));
        }
    }

    /** The residence status entered, or none while it is unknown (the verdict is then „nicht entscheidbar“). */
    private AufenthaltDaten aufenthalt() {
        if (status.getValue() == null && statusAb.getValue() == null) {
            return null;
        }
        return new AufenthaltDaten(status.getValue(), statusAb.getValue() == null ? aufgenommenAm.getValue() : statusAb.getValue(), null);
    }

    private void aufnehmen() {
        fehler.leeren();
        felder().values().forEach(f -> f.setInvalid(false));
        AufnahmeAntrag antrag = new AufnahmeAntrag(person.daten(), aufenthalt(), programm.getValue(), aufgenommenAm.getValue(),
                ausnahmeGrund.isVisible() ? ausnahmeGrund.getValue() : null,
                ausnahmeGenehmigtVon.isVisible() ? ausnahmeGenehmigtVon.getValue() : null, freigabe.getValue(),
                freigabeAm.getValue(), List.copyOf(einwilligungen.getValue()), merkmale.daten(),
                klaerungBis.isVisible() ? klaerungBis.getValue() : null);
        try {
            oeffnen(dienst.aufnehmen(angemeldet(), antrag));
        } catch (FachlicherFehler f) {
            zeigen(f);
        }
    }

    /** Takes a person already recorded into the chosen program (a new episode) instead of recording a new one. */
    private void bestehendeAufnehmen(Personenhinweis p) {
        fehler.leeren();
        felder().values().forEach(f -> f.setInvalid(false));
        TeilnahmeAntrag antrag = new TeilnahmeAntrag(programm.getValue(), aufgenommenAm.getValue(),
                ausnahmeGrund.isVisible() ? ausnahmeGrund.getValue() : null,
                ausnahmeGenehmigtVon.isVisible() ? ausnahmeGenehmigtVon.getValue() : null,
                person.daten().fallverantwortung(), klaerungBis.isVisible() ? klaerungBis.getValue() : null);
        try {
            oeffnen(dienst.teilnehmen(angemeldet(), p.id(), antrag));
        } catch (FachlicherFehler f) {
            zeigen(f);
        }
    }

    /** The platform's errors at the fields; the exception fields appear where the platform asks for an exception. */
    private void zeigen(FachlicherFehler f) {
        if (f.feldfehler().stream().anyMatch(e -> e.feld().startsWith("ausnahme"))) {
            ausnahmeGrund.setVisible(true);
            ausnahmeGenehmigtVon.setVisible(true);
        }
        Fehlerzuordnung.anzeigen(f, felder(), fehler, getLocale());
    }

    private void oeffnen(TeilnehmerAkte akte) {
        getUI().ifPresent(ui -> ui.navigate(TeilnehmerView.class, new RouteParameters("id", akte.teilnehmer().id().toString())));
    }

    private Map<String, HasValidation> felder() {
        Map<String, HasValidation> felder = person.felder("person.");
        felder.putAll(person.felder(""));
        felder.put("aufenthalt.status", status);
        felder.put("aufenthaltsstatus", status);
        felder.put("status", status); // the check before the intake takes the residence status on its own
        felder.put("aufenthalt.ab", statusAb);
        felder.put("ab", statusAb);
        felder.put("programm", programm);
        felder.put("aufgenommenAm", aufgenommenAm);
        felder.put("stichtag", aufgenommenAm);
        felder.put("ausnahmeGrund", ausnahmeGrund);
        felder.put("ausnahmeGenehmigtVon", ausnahmeGenehmigtVon);
        felder.put("freigabe", freigabe);
        felder.put("freigabeAm", freigabeAm);
        felder.put("klaerungBis", klaerungBis);
        felder.putAll(merkmale.felder());
        return felder;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teilnehmer.aufnahme") + " · " + getTranslation("app.name");
    }
}
