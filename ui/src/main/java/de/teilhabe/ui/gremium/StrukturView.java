package de.teilhabe.ui.gremium;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.gremium.GremienDienst;
import de.teilhabe.platform.gremium.GremienVorlagenDienst;
import de.teilhabe.platform.gremium.Gremium;
import de.teilhabe.platform.gremium.ProgrammAntrag;
import de.teilhabe.platform.gremium.Struktur;
import de.teilhabe.platform.gremium.StrukturDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Darstellung;
import de.teilhabe.ui.komponenten.Programmauswahl;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.util.List;

/**
 * The steering structure of a program as an organigram: Lenkungsgruppe or Bündniskerngruppe on top, the working
 * groups below, each with chair, office and members on the chosen day. KI and Kreis admin create Gremien here,
 * from the program's templates or from scratch.
 */
@Route(value = "gremien", layout = HauptLayout.class)
@Erlaubt({Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.GREMIUM_LESERECHT})
@Prototype
public class StrukturView extends VerticalLayout implements HasDynamicTitle {
    private final StrukturDienst strukturDienst;
    private final GremienDienst gremienDienst;
    private final GremienVorlagenDienst vorlagenDienst;
    private final boolean schreiben = Rechte.schreiben(angemeldet());
    private final List<String> programme;
    private final Programmauswahl programm;
    private final DatePicker stichtag;
    private final Div inhalt = new Div();

    public StrukturView(StrukturDienst strukturDienst, GremienDienst gremienDienst,
                        GremienVorlagenDienst vorlagenDienst, ProgrammDienst programmDienst) {
        this.strukturDienst = strukturDienst;
        this.gremienDienst = gremienDienst;
        this.vorlagenDienst = vorlagenDienst;
        addClassName("seite");
        setSizeFull();
        programme = programmDienst.aktiveProgramme(angemeldet());
        programm = new Programmauswahl("struktur-programm", programme);
        stichtag = Darstellung.datumsfeld(getTranslation("gremien.stichtag"), getLocale());
        stichtag.setId("struktur-stichtag");
        stichtag.setValue(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        H2 titel = new H2(getTranslation("gremien.struktur.titel"));
        HorizontalLayout kopf = new HorizontalLayout(titel);
        kopf.addClassName("seitenkopf");
        kopf.setWidthFull();
        kopf.expand(titel);
        if (schreiben) {
            Button ausVorlage = new Button(getTranslation("gremien.vorlagen.anlegen"), VaadinIcon.SITEMAP.create(),
                    e -> new VorlagenDialog(programm.getValue(), vorlagenDienst.vorlagen(angemeldet(), programm.getValue()),
                            datum -> ausVorlagen(datum)).open());
            ausVorlage.setId("struktur-aus-vorlage");
            Button neu = new Button(getTranslation("gremien.anlegen"), VaadinIcon.PLUS.create(),
                    e -> new GremiumDialog(null, gremienDienst.liste(angemeldet(), null), programme,
                            daten -> angelegt(gremienDienst.anlegen(angemeldet(), daten))).open());
            neu.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            neu.setId("struktur-anlegen");
            kopf.add(ausVorlage, neu);
            ausVorlage.setEnabled(!programme.isEmpty());
        }
        HorizontalLayout auswahl = new HorizontalLayout(programm, stichtag);
        auswahl.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        programm.addValueChangeListener(e -> laden());
        stichtag.addValueChangeListener(e -> laden());
        inhalt.setWidthFull();
        add(kopf, auswahl, inhalt);
        laden();
    }

    private void laden() {
        inhalt.removeAll();
        if (programme.isEmpty()) {
            inhalt.add(new Paragraph(getTranslation("gremien.keine.programme")));
            return;
        }
        Struktur struktur = strukturDienst.struktur(angemeldet(), programm.getValue(), stichtag.getValue());
        if (struktur.wurzeln().isEmpty()) {
            Paragraph leer = new Paragraph(getTranslation(schreiben ? "gremien.leer.schreiben" : "gremien.leer"));
            leer.setId("struktur-leer");
            inhalt.add(leer);
        } else {
            Paragraph summe = new Paragraph(getTranslation("gremien.struktur.summe", struktur.anzahlGremien(),
                    struktur.anzahlMitglieder()));
            summe.addClassName("hinweis");
            inhalt.add(summe, new Organigramm(struktur, getLocale()));
        }
    }

    private List<Gremium> ausVorlagen(LocalDate konstituiertAm) {
        List<Gremium> angelegt = vorlagenDienst.ausProgramm(angemeldet(),
                new ProgrammAntrag(programm.getValue(), konstituiertAm));
        laden();
        Notification.show(getTranslation("gremien.vorlagen.angelegt", angelegt.size()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return angelegt;
    }

    private Gremium angelegt(Gremium gremium) {
        laden();
        Notification.show(getTranslation("gremien.gespeichert", gremium.name()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return gremium;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gremien.struktur.titel") + " · " + getTranslation("app.name");
    }
}
