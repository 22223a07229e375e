package de.teilhabe.ui.konfiguration;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.komponenten.Darstellung;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.BausteinDaten;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.baustein.Programmkatalog;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.Comparator;
import java.util.List;

/** The Förderbausteine the Kreis uses per program: period, budget, state share, notes; from the plugin's catalog. */
@Route(value = "konfiguration/bausteine", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.GREMIUM_LESERECHT})
@Prototype
public class BausteineView extends VerticalLayout implements HasDynamicTitle {
    private final Bausteine bausteine;
    private final Programmkatalog katalog;
    private final KommunenDienst kommunenDienst;
    private final boolean schreiben = angemeldet().hat(Rolle.KI_KOORDINATION) || angemeldet().hat(Rolle.KREIS_ADMIN);
    private final Programmauswahl programm;
    private final Grid<Baustein> tabelle = new Grid<>();
    private List<Kommune> kommunen = List.of();

    public BausteineView(Bausteine bausteine, Programmkatalog katalog, ProgrammDienst programme,
                         KommunenDienst kommunenDienst) {
        this.bausteine = bausteine;
        this.katalog = katalog;
        this.kommunenDienst = kommunenDienst;
        this.programm = new Programmauswahl("bausteine-programm", programme.aktiveProgramme(angemeldet()));
        addClassName("seite");
        setSizeFull();
        add(kopf());
        spalten();
        add(tabelle);
        programm.addValueChangeListener(e -> laden());
        laden();
    }

    private HorizontalLayout kopf() {
        H2 titel = new H2(getTranslation("config.modules.title"));
        HorizontalLayout kopf = new HorizontalLayout(titel, programm);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.setAlignItems(FlexComponent.Alignment.BASELINE);
        kopf.expand(titel);
        if (schreiben) {
            Button anlegen = new Button(getTranslation("config.modules.create"), VaadinIcon.PLUS.create(), e -> oeffnen(null));
            anlegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            anlegen.setId("baustein-anlegen");
            kopf.add(anlegen);
        }
        return kopf;
    }

    private void spalten() {
        tabelle.setId("bausteine");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tabelle.addColumn(Baustein::kurz).setHeader(getTranslation("config.measures.module.short")).setKey("nummer")
                .setSortable(true).setComparator(Baustein::nummer).setAutoWidth(true).setFlexGrow(0);
        tabelle.addColumn(Baustein::name).setHeader(getTranslation("config.modules.name")).setKey("name")
                .setSortable(true).setFlexGrow(3);
        tabelle.addColumn(this::traegerschaft).setHeader(getTranslation("config.modules.holder")).setKey("kommune")
                .setSortable(true).setFlexGrow(1);
        tabelle.addColumn(b -> Darstellung.datum(b.beginn(), getLocale()) + " – " + Darstellung.datum(b.ende(), getLocale()))
                .setHeader(getTranslation("config.modules.period")).setKey("zeitraum").setSortable(true)
                .setComparator(Comparator.comparing(Baustein::beginn)).setAutoWidth(true);
        tabelle.addColumn(b -> Darstellung.geld(b.budget(), getLocale())).setHeader(getTranslation("config.modules.budget"))
                .setKey("budget").setSortable(true).setComparator(Baustein::budget).setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        tabelle.addColumn(b -> Darstellung.prozent(b.landesanteilProzent(), getLocale()))
                .setHeader(getTranslation("config.modules.share")).setKey("anteil").setSortable(true)
                .setComparator(Baustein::landesanteilProzent).setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        tabelle.addColumn(b -> b.notizen() == null ? "" : b.notizen()).setHeader(getTranslation("config.modules.notes"))
                .setKey("notizen").setFlexGrow(2);
        if (schreiben) {
            tabelle.addComponentColumn(b -> {
                Button bearbeiten = new Button(VaadinIcon.EDIT.create(), e -> oeffnen(b));
                bearbeiten.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                bearbeiten.setAriaLabel(getTranslation("config.modules.edit"));
                bearbeiten.setTooltipText(getTranslation("config.modules.edit"));
                return bearbeiten;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
            tabelle.addItemDoubleClickListener(e -> oeffnen(e.getItem()));
        }
    }

    private String traegerschaft(Baustein b) {
        return b.kommuneId() == null ? getTranslation("config.modules.holder.district")
                : kommunen.stream().filter(k -> k.id().equals(b.kommuneId())).map(Kommune::name).findFirst().orElse("?");
    }

    private void laden() {
        kommunen = kommunenDienst.liste(angemeldet());
        tabelle.setItems(programm.getValue() == null ? List.of() : bausteine.liste(angemeldet(), programm.getValue()));
    }

    private void oeffnen(Baustein baustein) {
        String programmId = programm.getValue();
        if (programmId == null) {
            return;
        }
        List<Foerderbaustein> angebot;
        try {
            angebot = katalog.bausteine(programmId);
        } catch (FachlicherFehler f) {
            Notification.show(f.text(getLocale()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        new BausteinDialog(baustein, programmId, angebot, kommunen,
                nummer -> bausteine.vorschlag(angemeldet(), programmId, nummer), daten -> speichern(baustein, daten)).open();
    }

    private Baustein speichern(Baustein alt, BausteinDaten daten) {
        Baustein neu = alt == null ? bausteine.anlegen(angemeldet(), daten) : bausteine.aendern(angemeldet(), alt.id(), alt.version(), daten);
        laden();
        Notification.show(getTranslation("config.modules.saved", neu.kurz()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return neu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("config.modules.title") + " · " + getTranslation("app.name");
    }
}
