package de.teilhabe.ui.programm;

import static de.teilhabe.ui.sitzung.Sitzung.angemeldet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.programm.ProgrammUebersicht;
import de.teilhabe.platform.programm.Programmzustand;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.ui.komponenten.Fehleranzeige;
import de.teilhabe.ui.rahmen.HauptLayout;
import de.teilhabe.ui.sitzung.Erlaubt;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.function.Supplier;

/**
 * The programs of this server with their state (and why one was refused or failed) and whether the user's
 * Kreis runs them; the KI and the Kreis-Admin enable and disable them (disabling keeps all data).
 */
@Route(value = "programme", layout = HauptLayout.class)
@Erlaubt({Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN})
@StyleSheet("context://styles/programme.css")
@Prototype
public class ProgrammeView extends VerticalLayout implements HasDynamicTitle {
    private final ProgrammDienst dienst;
    private final Grid<ProgrammUebersicht> tabelle = new Grid<>();
    private final Fehleranzeige fehler = new Fehleranzeige();

    public ProgrammeView(ProgrammDienst dienst) {
        this.dienst = dienst;
        addClassName("seite");
        setSizeFull();
        H2 titel = new H2(getTranslation("programme.titel"));
        Paragraph hinweis = new Paragraph(getTranslation("programme.hinweis"));
        hinweis.addClassName("programm-hinweis");
        spalten();
        add(titel, hinweis, fehler, tabelle);
        laden();
    }

    private void spalten() {
        tabelle.setId("programme");
        tabelle.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tabelle.setAllRowsVisible(true);
        tabelle.addComponentColumn(this::name).setHeader(getTranslation("programme.name"))
                .setFlexGrow(3).setKey("name");
        tabelle.addColumn(ProgrammUebersicht::version).setHeader(getTranslation("programme.version"))
                .setAutoWidth(true).setFlexGrow(0).setKey("version");
        tabelle.addComponentColumn(this::zustand).setHeader(getTranslation("programme.zustand"))
                .setFlexGrow(3).setKey("zustand");
        tabelle.addComponentColumn(this::aktiv).setHeader(getTranslation("programme.aktiv"))
                .setAutoWidth(true).setFlexGrow(0).setKey("aktiv");
        tabelle.addComponentColumn(this::aktion).setHeader("").setAutoWidth(true).setFlexGrow(0).setKey("aktion");
    }

    private Component name(ProgrammUebersicht p) {
        Div zelle = new Div(new Span(p.name()));
        zelle.addClassName("programm-name");
        if (p.kurzbeschreibung() != null) {
            Span beschreibung = new Span(p.kurzbeschreibung());
            beschreibung.addClassName("programm-beschreibung");
            zelle.add(beschreibung);
        }
        return zelle;
    }

    private Component zustand(ProgrammUebersicht p) {
        Span marke = new Span(getTranslation("programme.zustand." + p.zustand().name()));
        marke.addClassNames("programm-marke", p.zustand() == Programmzustand.GESTARTET ? "programm-marke-gut" : "programm-marke-fehler");
        Div zelle = new Div(marke);
        zelle.addClassName("programm-zustand");
        if (p.zustand() != Programmzustand.GESTARTET) {
            Span grund = new Span(getTranslation("programme.grund." + p.zustand().name(),
                    p.grund() == null ? getTranslation("programme.grund.unbekannt") : p.grund()));
            grund.addClassName("programm-grund");
            zelle.add(grund);
        }
        return zelle;
    }

    private Component aktiv(ProgrammUebersicht p) {
        boolean aktiv = Boolean.TRUE.equals(p.aktiv());
        Span marke = new Span(getTranslation(aktiv ? "programme.aktiv.ja" : "programme.aktiv.nein"));
        marke.addClassNames("programm-marke", aktiv ? "programm-marke-gut" : "programm-marke-neutral");
        return marke;
    }

    private Component aktion(ProgrammUebersicht p) {
        if (Boolean.TRUE.equals(p.aktiv())) {
            Button aus = new Button(getTranslation("programme.deaktivieren"), e -> deaktivierenFragen(p));
            aus.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            aus.setId("deaktivieren-" + p.id());
            return aus;
        }
        Button an = new Button(getTranslation("programme.aktivieren"), e -> ausfuehren(
                () -> dienst.aktivieren(angemeldet(), p.id()), "programme.aktiviert"));
        an.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        an.setId("aktivieren-" + p.id());
        an.setEnabled(p.zustand() == Programmzustand.GESTARTET);
        if (!an.isEnabled()) {
            an.setTooltipText(getTranslation("programme.nicht.aktivierbar"));
        }
        return an;
    }

    private void deaktivierenFragen(ProgrammUebersicht p) {
        ConfirmDialog frage = new ConfirmDialog();
        frage.setId("deaktivieren-bestaetigen");
        frage.setHeader(getTranslation("programme.deaktivieren.titel", p.name()));
        frage.setText(getTranslation("programme.deaktivieren.text", p.name()));
        frage.setCancelable(true);
        frage.setCancelText(getTranslation("allgemein.abbrechen"));
        frage.setConfirmText(getTranslation("programme.deaktivieren"));
        frage.setConfirmButtonTheme("error primary");
        frage.addConfirmListener(e -> ausfuehren(() -> dienst.deaktivieren(angemeldet(), p.id()), "programme.deaktiviert"));
        frage.open();
    }

    private void ausfuehren(Supplier<ProgrammUebersicht> aktion, String meldung) {
        fehler.leeren();
        try {
            ProgrammUebersicht p = aktion.get();
            Notification.show(getTranslation(meldung, p.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FachlicherFehler f) {
            fehler.zeigen(f.text(getLocale()));
        }
        laden();
    }

    private void laden() {
        List<ProgrammUebersicht> programme = dienst.liste(angemeldet());
        tabelle.setItems(programme);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.titel") + " · " + getTranslation("app.name");
    }
}
