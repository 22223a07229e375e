package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import de.teilhabe.platform.massnahme.Massnahmen;
import de.teilhabe.platform.teilnehmer.Eintragsart;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.platform.teilnehmer.Zuweisung;
import de.teilhabe.platform.teilnehmer.Zuweisungen;
import de.teilhabe.platform.teilnehmer.Zuweisungsergebnis;
import de.teilhabe.ui.komponenten.Darstellung;

import java.util.Locale;
import java.util.Objects;

/**
 * The assignments to Maßnahmen with outcome: a running one is ended (completed, or Abbruch with its reason); each is
 * corrected or struck; a new one may be entered already ended, with past dates.
 */
class ZuweisungenTeil extends VerticalLayout {

    ZuweisungenTeil(Aktenkontext k, Zuweisungen zuweisungen, Verlaufseintraege eintraege, Massnahmen massnahmen) {
        setPadding(false);
        Locale sprache = getLocale();
        Grid<Zuweisung> liste = new Grid<>();
        liste.setId("zuweisungen");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        liste.addColumn(Zuweisung::massnahme).setHeader(getTranslation("teilnehmer.massnahme")).setKey("massnahme").setFlexGrow(3);
        liste.addColumn(z -> Darstellung.datum(z.ab(), sprache)).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true);
        liste.addColumn(z -> z.ergebnis().text(sprache)).setHeader(getTranslation("teilnehmer.ergebnis")).setKey("ergebnis")
                .setAutoWidth(true);
        liste.addColumn(z -> Darstellung.datum(z.bis(), sprache)).setHeader(getTranslation("teilnehmer.bis")).setKey("bis")
                .setAutoWidth(true);
        liste.addColumn(z -> Objects.requireNonNullElse(z.abbruchgrund(), "")).setHeader(getTranslation("teilnehmer.abbruchgrund"))
                .setKey("abbruchgrund").setFlexGrow(2);
        if (k.schreiben()) {
            liste.addComponentColumn(z -> {
                Div aktionen = Knoepfe.gruppe();
                if (z.ergebnis() == Zuweisungsergebnis.LAUFEND) {
                    aktionen.add(Knoepfe.zeile("teilnehmer.zuweisung.beenden", "zuweisung-beenden", () ->
                            new ZuweisungsendeDialog(e -> zuweisungen.beenden(k.nutzer(), z.id(), z.version(), e),
                                    k.gespeichert())));
                }
                aktionen.add(Knoepfe.zeile("teilnehmer.korrigieren", "zuweisung-korrigieren", () -> new ZuweisungDialog(
                                massnahmen.tabelle(k.nutzer()), z, d -> zuweisungen.korrigieren(k.nutzer(), z.id(), d),
                                k.gespeichert())),
                        Knoepfe.zeile("teilnehmer.streichen", "zuweisung-streichen", () -> new StreichenDialog<>(
                                z.massnahme(), grund -> eintraege.streichen(k.nutzer(), Eintragsart.ZUWEISUNG, z.id(), grund),
                                k.gespeichert())));
                return aktionen;
            }).setKey("aktion").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(k.akte().zuweisungen());
        add(liste);
        if (k.schreiben()) {
            add(Knoepfe.neu("zuweisung-anlegen", "teilnehmer.zuweisung.neu", VaadinIcon.PLUS, () -> new ZuweisungDialog(
                    massnahmen.tabelle(k.nutzer()), d -> zuweisungen.zuweisen(k.nutzer(), k.id(), d), k.gespeichert())));
        }
    }
}
