package de.teilhabe.ui.konfiguration;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.stelle.StelleDaten;
import de.teilhabe.platform.stelle.Stellen;
import de.teilhabe.platform.stelle.Stellenbesetzung;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The posts of a program: name and holder, full-time equivalent, start, end, the Kommunen they serve. */
@Route(value = "konfiguration/stellen", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT})
@Prototype
public class StellenView extends VerticalLayout implements HasDynamicTitle {
    private final Stellen stellen;
    private final KommunenDienst kommunenDienst;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final Programmauswahl programm;
    private final Grid<Stellenbesetzung> tabelle = new Grid<>();
    private List<Kommune> kommunen = List.of();

    public StellenView(Stellen stellen, KommunenDienst kommunenDienst, ProgrammDienst programme) {
        this.stellen = stellen;
        this.kommunenDienst = kommunenDienst;
        this.programm = new Programmauswahl("stellen-programm", programme.aktiveProgramme(angemeldet()));
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("config.posts.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel, programm);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        if (schreiben) {
            Button anlegen = new Button(getTranslation("config.posts.create"), VaadinIcon.PLUS.create(), e -> oeffnen(null));
            anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            anlegen.setId("stelle-anlegen");
            kopf.add(anlegen);
        }
        add(kopf);
        spalten();
        add(tabelle);
        programm.addValueChangeListener(e -> laden());
        laden();
    }

    private void spalten() {
        tabelle.setId("stellen");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(b -> b.stelle().bezeichnung()).setHeader(getTranslation("config.posts.name")).setKey("bezeichnung")
                .setSortable(true).setFlexGrow(2);
        tabelle.addColumn(b -> b.stelle().inhaber() == null ? "" : b.stelle().inhaber())
                .setHeader(getTranslation("config.posts.holder")).setKey("inhaber").setSortable(true).setFlexGrow(2);
        tabelle.addColumn(b -> Darstellung.zahl(b.stelle().vzae(), getLocale())).setHeader(getTranslation("config.posts.fte"))
                .setKey("vzae").setSortable(true).setComparator(b -> b.stelle().vzae()).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        tabelle.addColumn(b -> Darstellung.datum(b.stelle().beginn(), getLocale())).setHeader(getTranslation("config.posts.start"))
                .setKey("beginn").setSortable(true).setComparator(Comparator.comparing(b -> b.stelle().beginn()))
                .setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(b -> Darstellung.datum(b.stelle().ende(), getLocale())).setHeader(getTranslation("config.posts.end"))
                .setKey("ende").setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(this::orte).setHeader(getTranslation("config.measures.municipalities")).setKey("kommunen")
                .setFlexGrow(3);
        if (schreiben) {
            tabelle.addComponentColumn(b -> {
                Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen(b));
                bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                bearbeiten.setAriaLabel(getTranslation("config.posts.edit"));
                bearbeiten.setTooltipText(getTranslation("config.posts.edit"));
                return bearbeiten;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        }
    }

    private String orte(Stellenbesetzung b) {
        return b.kommunen().stream().map(id -> kommunen.stream().filter(k -> k.id().equals(id)).map(Kommune::name)
                .findFirst().orElse("?")).collect(Collectors.joining(", "));
    }

    private void laden() {
        kommunen = kommunenDienst.liste(angemeldet());
        tabelle.setItems(programm.getValue() == null ? List.of() : stellen.liste(angemeldet(), programm.getValue()));
    }

    private void oeffnen(Stellenbesetzung besetzung) {
        String programmId = programm.getValue();
        if (programmId != null) {
            new StelleDialog(besetzung, programmId, kommunen, daten -> speichern(besetzung, daten)).open();
        }
    }

    private Stellenbesetzung speichern(Stellenbesetzung alt, StelleDaten daten) {
        Stellenbesetzung neu = alt == null ? stellen.anlegen(angemeldet(), daten) : stellen.aendern(angemeldet(), alt.id(), alt.version(), daten);
        laden();
        Notification.show(getTranslation("config.posts.saved", neu.stelle().bezeichnung()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.posts.title") + " · " + getTranslation("app.name");
    }
}
