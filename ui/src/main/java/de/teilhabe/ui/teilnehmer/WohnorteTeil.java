package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.teilnehmer.Eintragsart;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.platform.teilnehmer.Wohnort;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.List;
import java.util.Locale;

/**
 * Where the person lived, newest first: the Kommune from a day until the next move. A move is entered with its day
 * (also in the past); an entry is corrected or struck with a reason — reports for each day count the Kommune of
 * that day.
 */
class WohnorteTeil extends VerticalLayout {

    WohnorteTeil(Aktenkontext k, Verlaufseintraege eintraege, List<Kommune> kommunen) {
        setPadding(false);
        Locale sprache = getLocale();
        Grid<Wohnort> liste = new Grid<>();
        liste.setId("wohnorte");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT);
        liste.addColumn(Wohnort::kommune).setHeader(getTranslation("teilnehmer.kommune")).setKey("kommune").setFlexGrow(2);
        liste.addColumn(w -> Darstellung.datum(w.ab(), sprache)).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true);
        liste.addColumn(w -> Darstellung.datum(w.bis(), sprache)).setHeader(getTranslation("teilnehmer.wohnort.bis")).setKey("bis")
                .setAutoWidth(true);
        liste.addColumn(w -> Erfasst.text(w.erfasstVon(), w.erfasstAm(), sprache)).setHeader(getTranslation("teilnehmer.erfasst"))
                .setKey("erfasst").setAutoWidth(true);
        if (k.schreiben()) {
            liste.addComponentColumn(w -> Knoepfe.gruppe(
                    Knoepfe.zeile("teilnehmer.korrigieren", "wohnort-korrigieren", () -> new WohnortDialog(kommunen, w,
                            d -> eintraege.wohnortKorrigieren(k.nutzer(), w.id(), d), k.gespeichert())),
                    Knoepfe.zeile("teilnehmer.streichen", "wohnort-streichen", () -> new StreichenDialog<>(
                            w.kommune() + " " + getTranslation("teilnehmer.ab.klein") + " " + Darstellung.datum(w.ab(), sprache),
                            grund -> eintraege.streichen(k.nutzer(), Eintragsart.WOHNORT, w.id(), grund), k.gespeichert()))))
                    .setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(k.akte().wohnorte());
        add(new Paragraph(getTranslation("teilnehmer.wohnorte.hinweis")), liste);
        if (k.schreiben()) {
            add(Knoepfe.neu("umzug-erfassen", "teilnehmer.umzug.erfassen", VaadinIcon.HOME, () -> new WohnortDialog(kommunen,
                    null, d -> eintraege.umziehen(k.nutzer(), k.id(), d), k.gespeichert())));
        }
    }
}
