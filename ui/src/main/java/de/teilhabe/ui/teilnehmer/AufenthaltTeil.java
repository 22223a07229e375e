package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.teilnehmer.Aufenthalt;
import de.teilhabe.platform.teilnehmer.Eintragsart;
import de.teilhabe.platform.teilnehmer.Ende;
import de.teilhabe.platform.teilnehmer.Merkmaleintrag;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The residence status history (each status from a day until the next) and the work ban and exclusion facts with
 * their periods; every entry can be corrected or struck, a fact that still holds can be ended.
 */
class AufenthaltTeil extends VerticalLayout {
    private final Aktenkontext k;
    private final Verlaufseintraege eintraege;

    AufenthaltTeil(Aktenkontext k, Verlaufseintraege eintraege) {
        this.k = k;
        this.eintraege = eintraege;
        setPadding(false);
        add(new H3(getTranslation("teilnehmer.aufenthalte")), aufenthalte());
        if (k.schreiben()) {
            add(Knoepfe.neu("aufenthalt-erfassen", "teilnehmer.aufenthalt.erfassen", VaadinIcon.PLUS,
                    () -> new AufenthaltDialog(d -> eintraege.aufenthaltErfassen(k.nutzer(), k.id(), d), k.gespeichert())));
        }
        add(new H3(getTranslation("teilnehmer.merkmale")), merkmale());
        if (k.schreiben()) {
            add(Knoepfe.neu("merkmal-erfassen", "teilnehmer.merkmal.erfassen", VaadinIcon.PLUS,
                    () -> new MerkmalDialog(null, d -> eintraege.merkmalErfassen(k.nutzer(), k.id(), d), k.gespeichert())));
        }
    }

    private Grid<Aufenthalt> aufenthalte() {
        Locale sprache = getLocale();
        Grid<Aufenthalt> liste = new Grid<>();
        liste.setId("aufenthalte");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT);
        liste.addColumn(a -> Darstellung.datum(a.ab(), sprache)).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(a -> Darstellung.datum(a.bis(), sprache)).setHeader(getTranslation("teilnehmer.abgeloest")).setKey("bis")
                .setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(a -> Texte.status(a.status())).setHeader(getTranslation("teilnehmer.status")).setKey("status");
        liste.addColumn(a -> Objects.requireNonNullElse(a.notiz(), "")).setHeader(getTranslation("teilnehmer.notiz"))
                .setKey("notiz").setFlexGrow(2);
        liste.addColumn(a -> Erfasst.text(a.erfasstVon(), a.erfasstAm(), sprache)).setHeader(getTranslation("teilnehmer.erfasst"))
                .setKey("erfasst").setAutoWidth(true);
        if (k.schreiben()) {
            liste.addComponentColumn(a -> Knoepfe.gruppe(
                    Knoepfe.zeile("teilnehmer.korrigieren", "aufenthalt-korrigieren", () -> new AufenthaltDialog(a,
                            d -> eintraege.aufenthaltKorrigieren(k.nutzer(), a.id(), d), k.gespeichert())),
                    Knoepfe.zeile("teilnehmer.streichen", "aufenthalt-streichen", () -> new StreichenDialog<>(
                            Texte.status(a.status()) + " " + getTranslation("teilnehmer.ab.klein") + " "
                                    + Darstellung.datum(a.ab(), sprache),
                            grund -> eintraege.streichen(k.nutzer(), Eintragsart.AUFENTHALT, a.id(), grund),
                            k.gespeichert())))).setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(k.akte().aufenthalte());
        return liste;
    }

    private Grid<Merkmaleintrag> merkmale() {
        Locale sprache = getLocale();
        Grid<Merkmaleintrag> liste = new Grid<>();
        liste.setId("merkmale");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT);
        liste.addColumn(m -> m.merkmal().text(sprache)).setHeader(getTranslation("teilnehmer.merkmal")).setKey("merkmal")
                .setFlexGrow(2);
        liste.addColumn(m -> Darstellung.datum(m.ab(), sprache)).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true);
        liste.addColumn(m -> Darstellung.datum(m.bis(), sprache)).setHeader(getTranslation("teilnehmer.merkmal.bis"))
                .setKey("bis").setAutoWidth(true);
        liste.addColumn(m -> getTranslation(giltHeute(m) ? "teilnehmer.merkmal.gilt" : "teilnehmer.merkmal.gilt.nicht")).setHeader(getTranslation("teilnehmer.merkmal.heute"))
                .setKey("heute").setAutoWidth(true);
        liste.addColumn(m -> Objects.requireNonNullElse(m.notiz(), "")).setHeader(getTranslation("teilnehmer.notiz"))
                .setKey("notiz").setFlexGrow(2);
        if (k.schreiben()) {
            liste.addComponentColumn(this::merkmalAktionen).setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(k.akte().merkmale());
        return liste;
    }

    /** From its first day up to the day before its end. */
    static boolean giltHeute(Merkmaleintrag m) {
        LocalDate heute = LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE);
        return !m.ab().isAfter(heute) && (m.bis() == null || m.bis().isAfter(heute));
    }

    private Div merkmalAktionen(Merkmaleintrag m) {
        Locale sprache = getLocale();
        Div aktionen = Knoepfe.gruppe();
        if (m.bis() == null) {
            aktionen.add(Knoepfe.zeile("teilnehmer.merkmal.beenden", "merkmal-beenden", () -> new DatumDialog<>(
                    Texte.text("teilnehmer.merkmal.beenden.titel", m.merkmal().text(sprache)), Texte.text("teilnehmer.merkmal.bis"),
                    LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE), Texte.text("teilnehmer.merkmal.bis.hilfe"),
                    List.of("bis", "am"), bis -> eintraege.merkmalBeenden(k.nutzer(), m.id(), new Ende(bis)), k.gespeichert())));
        }
        aktionen.add(Knoepfe.zeile("teilnehmer.korrigieren", "merkmal-korrigieren", () -> new MerkmalDialog(m,
                        d -> eintraege.merkmalKorrigieren(k.nutzer(), m.id(), d), k.gespeichert())),
                Knoepfe.zeile("teilnehmer.streichen", "merkmal-streichen", () -> new StreichenDialog<>(
                        m.merkmal().text(sprache) + " " + getTranslation("teilnehmer.ab.klein") + " "
                                + Darstellung.datum(m.ab(), sprache),
                        grund -> eintraege.streichen(k.nutzer(), Eintragsart.MERKMAL, m.id(), grund), k.gespeichert())));
        return aktionen;
    }
}
