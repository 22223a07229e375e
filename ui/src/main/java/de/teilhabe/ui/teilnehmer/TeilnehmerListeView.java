package de.teilhabe.ui.teilnehmer;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.teilnehmer.TeilnehmerDienst;
import de.teilhabe.platform.teilnehmer.TeilnehmerFilter;
import de.teilhabe.platform.teilnehmer.TeilnehmerZeile;
import de.teilhabe.platform.teilnehmer.Trefferliste;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Objects;

/**
 * The participants of the Kreis: search by name, filter by Kommune, residence status, program, case manager and
 * whether active; rows are fetched page by page from the platform, a click opens the participant's page.
 */
@Route(value = "teilnehmer", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN})
@Prototype
public class TeilnehmerListeView extends VerticalLayout implements HasDynamicTitle {
    private final TeilnehmerDienst dienst;
    private final TextField suche = new TextField();
    private final ComboBox<Kommune> kommune = new ComboBox<>();
    private final Select<Aufenthaltsstatus> status = new Select<>();
    private final Select<String> programm = new Select<>();
    private final TextField fallverantwortung = new TextField();
    private final Checkbox nurAktive = new Checkbox();
    private final Grid<TeilnehmerZeile> tabelle = new Grid<>();
    private final Span anzahl = new Span();

    public TeilnehmerListeView(TeilnehmerDienst dienst, KommunenDienst kommunen, ProgrammDienst programme) {
        this.dienst = dienst;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("teilnehmer.titel"));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        if (Schreibrecht.hat(angemeldet())) {
            Button aufnahme = new Button(getTranslation("teilnehmer.aufnahme"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(AufnahmeView.class)));
            aufnahme.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            aufnahme.setId("teilnehmer-aufnahme");
            kopf.add(aufnahme);
        }
        filter(kommunen.liste(angemeldet()), programme.aktiveProgramme(angemeldet()));
        HorizontalLayout filterleiste = new HorizontalLayout(suche, kommune, status, programm, fallverantwortung, nurAktive);
        filterleiste.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterleiste.setWidthFull();
        filterleiste.getStyle().set("flex-wrap", "wrap");
        spalten();
        anzahl.setId("teilnehmer-anzahl");
        anzahl.addClassName("hinweis");
        add(kopf, filterleiste, anzahl, tabelle);
        laden();
    }

    private void filter(List<Kommune> kommunen, List<String> programme) {
        suche.setId("filter-suche");
        suche.setPlaceholder(getTranslation("teilnehmer.suche"));
        suche.setPrefixComponent(VaadinIcon.SEARCH.create());
        suche.setClearButtonVisible(true);
        suche.setValueChangeMode(ValueChangeMode.LAZY);
        kommune.setId("filter-kommune");
        kommune.setPlaceholder(getTranslation("teilnehmer.kommune"));
        kommune.setItems(kommunen);
        kommune.setItemLabelGenerator(Kommune::name);
        kommune.setClearButtonVisible(true);
        status.setId("filter-status");
        status.setItems(Aufenthaltsstatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("teilnehmer.status.alle"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("teilnehmer.status.alle") : Texte.status(s));
        programm.setId("filter-programm");
        programm.setItems(programme);
        programm.setEmptySelectionAllowed(true);
        programm.setEmptySelectionCaption(getTranslation("teilnehmer.programm.alle"));
        programm.setItemLabelGenerator(p -> p == null ? getTranslation("teilnehmer.programm.alle") : Texte.programm(p));
        fallverantwortung.setId("filter-fallverantwortung");
        fallverantwortung.setPlaceholder(getTranslation("teilnehmer.fallverantwortung"));
        fallverantwortung.setValueChangeMode(ValueChangeMode.LAZY);
        fallverantwortung.setClearButtonVisible(true);
        nurAktive.setId("filter-aktiv");
        nurAktive.setLabel(getTranslation("teilnehmer.nur.aktive"));
        suche.addValueChangeListener(e -> laden());
        kommune.addValueChangeListener(e -> laden());
        status.addValueChangeListener(e -> laden());
        programm.addValueChangeListener(e -> laden());
        fallverantwortung.addValueChangeListener(e -> laden());
        nurAktive.addValueChangeListener(e -> laden());
    }

    private void spalten() {
        tabelle.setId("teilnehmer");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(TeilnehmerZeile::name).setHeader(getTranslation("teilnehmer.name")).setKey("name").setFlexGrow(2);
        tabelle.addColumn(z -> Darstellung.datum(z.geburtsdatum(), getLocale()))
                .setHeader(getTranslation("teilnehmer.geburtsdatum")).setKey("geburtsdatum").setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(TeilnehmerZeile::kommune).setHeader(getTranslation("teilnehmer.kommune")).setKey("kommune").setFlexGrow(1);
        tabelle.addColumn(z -> z.status() == null ? "" : Texte.status(z.status()))
                .setHeader(getTranslation("teilnehmer.status")).setKey("status").setFlexGrow(1);
        tabelle.addColumn(z -> String.join(", ", z.programme().stream().map(Texte::programm).toList()))
                .setHeader(getTranslation("teilnehmer.programme")).setKey("programme").setFlexGrow(2);
        tabelle.addColumn(z -> Objects.requireNonNullElse(z.fallverantwortung(), ""))
                .setHeader(getTranslation("teilnehmer.fallverantwortung")).setKey("fallverantwortung").setFlexGrow(1);
        tabelle.addColumn(z -> getTranslation(z.aktiv() ? "teilnehmer.aktiv" : "teilnehmer.nicht.aktiv"))
                .setHeader(getTranslation("teilnehmer.stand")).setKey("aktiv").setAutoWidth(true).setFlexGrow(0);
        tabelle.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TeilnehmerView.class,
                new RouteParameters("id", e.getItem().id().toString()))));
    }

    private TeilnehmerFilter filter(int seite, int groesse) {
        return new TeilnehmerFilter(suche.getValue().isBlank() ? null : suche.getValue().strip(),
                kommune.getValue() == null ? null : kommune.getValue().id(), status.getValue(), programm.getValue(),
                fallverantwortung.getValue().isBlank() ? null : fallverantwortung.getValue().strip(),
                nurAktive.getValue() ? Boolean.TRUE : null, seite, groesse);
    }

    private void laden() {
        long gesamt = dienst.suchen(angemeldet(), filter(0, 1)).gesamt();
        anzahl.setText(getTranslation("teilnehmer.anzahl", gesamt));
        tabelle.setItems(query -> {
            Trefferliste treffer = dienst.suchen(angemeldet(), filter(query.getPage(), query.getPageSize()));
            return treffer.zeilen().stream();
        }, query -> (int) Math.min(gesamt, Integer.MAX_VALUE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teilnehmer.titel") + " · " + getTranslation("app.name");
    }
}
