package de.teilhabe.ui.teilnehmer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.Ende;
import de.teilhabe.platform.teilnehmer.Klaerung;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The open clarifications of the Kreis, the earliest due first: participations whose verdict could not be decided
 * (what is missing is in the reasons) or that are outside the target group without a documented exception. Overdue
 * ones are marked; the due date is moved, an exception documented where the program allows one; the name opens the
 * person's record.
 */
@Route(value = "klaerungen", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT})
@Prototype
public class KlaerungenView extends VerticalLayout implements HasDynamicTitle {
    private final Teilnahmen teilnahmen;
    private final Grid<Klaerung> tabelle = new Grid<>();
    private final Checkbox nurMeine = new Checkbox();
    private final Span anzahl = new Span();
    private final Paragraph leer = new Paragraph();

    public KlaerungenView(Teilnahmen teilnahmen) {
        this.teilnahmen = teilnahmen;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("klaerung.titel"));
        anzahl.setId("klaerungen-anzahl");
        HorizontalLayout kopf = new HorizontalLayout(titel, anzahl);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        nurMeine.setLabel(getTranslation("klaerung.nur.meine"));
        nurMeine.setId("klaerungen-nur-meine");
        nurMeine.addValueChangeListener(e -> laden());
        leer.setText(getTranslation("klaerung.keine"));
        leer.setId("klaerungen-leer");
        spalten();
        add(kopf, new Paragraph(getTranslation("klaerung.hinweis")), nurMeine, leer, tabelle);
        laden();
    }

    private void spalten() {
        tabelle.setId("klaerungen");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tabelle.setAllRowsVisible(true);
        tabelle.addComponentColumn(this::person).setHeader(getTranslation("teilnehmer.name")).setKey("name").setWidth("10rem").setFlexGrow(1);
        tabelle.addColumn(Klaerung::kommune).setHeader(getTranslation("teilnehmer.kommune")).setKey("kommune").setAutoWidth(true);
        tabelle.addColumn(k -> Texte.programm(k.programm())).setHeader(getTranslation("teilnehmer.programm")).setKey("programm")
                .setWidth("9rem").setFlexGrow(1);
        tabelle.addColumn(k -> Darstellung.datum(k.aufgenommenAm(), getLocale())).setHeader(getTranslation("teilnehmer.aufgenommen"))
                .setKey("aufgenommen").setAutoWidth(true);
        tabelle.addColumn(this::offen).setHeader(getTranslation("klaerung.offen")).setKey("offen").setWidth("20rem")
                .setFlexGrow(4);
        tabelle.addComponentColumn(this::faellig).setHeader(getTranslation("klaerung.faellig")).setKey("faellig")
                .setComparator(Klaerung::faelligAm).setAutoWidth(true);
        tabelle.addColumn(k -> Objects.requireNonNullElse(k.fallverantwortung(), "")).setHeader(getTranslation("teilnehmer.fallverantwortung"))
                .setKey("fallverantwortung").setAutoWidth(true);
        tabelle.addComponentColumn(this::aktionen).setKey("aktionen").setWidth("13rem").setFlexGrow(0);
        tabelle.setPartNameGenerator(k -> ueberfaellig(k) ? "ueberfaellig" : null);
    }

    private Component person(Klaerung k) {
        RouterLink link = new RouterLink(k.name(), TeilnehmerView.class, new RouteParameters("id", k.teilnehmerId().toString()));
        link.addClassName("klaerung-person");
        return link;
    }

    /** What is missing: the verdict and its reasons. */
    private String offen(Klaerung k) {
        String einstufung = ProgrammeTeil.einstufung(k.einstufung());
        return k.begruendungen().isEmpty() ? einstufung : einstufung + ": " + String.join("; ", k.begruendungen());
    }

    private Component faellig(Klaerung k) {
        Span datum = new Span(Darstellung.datum(k.faelligAm(), getLocale()));
        if (!ueberfaellig(k)) {
            return datum;
        }
        Span hinweis = new Span(getTranslation("klaerung.ueberfaellig"));
        hinweis.getElement().getThemeList().add("badge error");
        hinweis.addClassName("klaerung-ueberfaellig");
        Div zelle = new Div(datum, new Span(" "), hinweis);
        return zelle;
    }

    private Component aktionen(Klaerung k) {
        Div aktionen = Knoepfe.gruppe();
        aktionen.add(Knoepfe.zeile("klaerung.verschieben", "klaerung-verschieben", () -> new DatumDialog<TeilnehmerAkte>(
                Texte.text("klaerung.verschieben.titel", k.name()), Texte.text("teilnahme.klaerung.bis"), k.faelligAm(), null,
                List.of("bis", "klaerungBis"), bis -> teilnahmen.klaerungVerschieben(angemeldet(), k.teilnahmeId(), k.version(),
                        new Ende(bis)),
                a -> gespeichert())));
        if (Programmteilnahme.NICHT_ZIELGRUPPE.equals(k.einstufung())) {
            aktionen.add(Knoepfe.zeile("klaerung.ausnahme", "ausnahme-dokumentieren", () -> new AusnahmeDialog<TeilnehmerAkte>(
                    k.programm(), k.name(), (grund, von) -> teilnahmen.ausnahmeDokumentieren(angemeldet(), k.teilnahmeId(),
                    k.version(), grund, von), a -> gespeichert())));
        }
        return aktionen;
    }

    private static boolean ueberfaellig(Klaerung k) {
        return k.faelligAm().isBefore(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
    }

    private void gespeichert() {
        laden();
        Notification.show(getTranslation("teilnehmer.gespeichert"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void laden() {
        List<Klaerung> alle = teilnahmen.klaerungen(angemeldet());
        List<Klaerung> liste = nurMeine.getValue() ? alle.stream()
                .filter(k -> angemeldet().benutzername().equals(k.fallverantwortung())).toList() : alle;
        tabelle.setItems(liste);
        tabelle.setVisible(!liste.isEmpty());
        leer.setVisible(liste.isEmpty());
        long ueber = liste.stream().filter(KlaerungenView::ueberfaellig).count();
        anzahl.setText(getTranslation("klaerung.anzahl", liste.size(), ueber));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("klaerung.titel") + " · " + getTranslation("app.name");
    }
}
