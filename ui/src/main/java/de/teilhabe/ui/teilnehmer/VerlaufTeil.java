package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import de.teilhabe.platform.teilnehmer.TeilnehmerAkte;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The person's dated history in one list, by the day things happened (not the day they were recorded): intakes and
 * de-registrations per program, moves, residence status, work ban and exclusion facts, clearances, consents and
 * assignments — as currently known, corrections included.
 */
class VerlaufTeil extends Grid<VerlaufTeil.Ereignis> {

    record Ereignis(LocalDate am, String text) {
    }

    VerlaufTeil(TeilnehmerAkte akte) {
        setId("verlauf");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        Locale sprache = getLocale();
        addColumn(e -> Darstellung.datum(e.am(), sprache)).setHeader(getTranslation("teilnehmer.datum"))
                .setKey("datum").setAutoWidth(true).setFlexGrow(0);
        addColumn(Ereignis::text).setHeader(getTranslation("teilnehmer.ereignis")).setKey("ereignis");
        setItems(ereignisse(akte, sprache));
    }

    private List<Ereignis> ereignisse(TeilnehmerAkte akte, Locale sprache) {
        List<Ereignis> liste = new ArrayList<>();
        akte.programme().forEach(p -> {
            String programm = Texte.programm(p.programm());
            liste.add(new Ereignis(p.aufgenommenAm(), getTranslation("teilnehmer.verlauf.aufnahme", programm)
                    + " (" + ProgrammeTeil.einstufung(p.einstufung()) + ")"));
            if (p.abgemeldetAm() != null) {
                liste.add(new Ereignis(p.abgemeldetAm(), getTranslation("teilnehmer.verlauf.abmeldung", programm,
                        ProgrammeTeil.abmeldung(p, sprache))));
            }
        });
        akte.wohnorte().forEach(w -> liste.add(new Ereignis(w.ab(), getTranslation("teilnehmer.verlauf.wohnort", w.kommune()))));
        akte.aufenthalte().forEach(a -> liste.add(new Ereignis(a.ab(),
                getTranslation("teilnehmer.verlauf.status", Texte.status(a.status())))));
        akte.merkmale().forEach(m -> {
            liste.add(new Ereignis(m.ab(), getTranslation("teilnehmer.verlauf.merkmal", m.merkmal().text(sprache))));
            if (m.bis() != null) {
                liste.add(new Ereignis(m.bis(), getTranslation("teilnehmer.verlauf.merkmal.ende", m.merkmal().text(sprache))));
            }
        });
        akte.freigaben().forEach(f -> liste.add(new Ereignis(f.ab(), getTranslation("teilnehmer.verlauf.freigabe",
                Texte.programm(f.programm()), f.status().text(sprache)))));
        akte.einwilligungen().forEach(e -> {
            liste.add(new Ereignis(e.erteiltAm(), getTranslation("teilnehmer.verlauf.einwilligung", e.zweck().text(sprache))));
            if (e.widerrufenAm() != null) {
                liste.add(new Ereignis(e.widerrufenAm(), getTranslation("teilnehmer.verlauf.widerruf", e.zweck().text(sprache))));
            }
        });
        akte.zuweisungen().forEach(z -> {
            liste.add(new Ereignis(z.ab(), getTranslation("teilnehmer.verlauf.zuweisung", z.massnahme())));
            if (z.bis() != null) {
                liste.add(new Ereignis(z.bis(), z.ergebnis().text(sprache) + ": " + z.massnahme()
                        + (z.abbruchgrund() == null ? "" : " (" + z.abbruchgrund() + ")")));
            }
        });
        liste.sort(Comparator.comparing(Ereignis::am, Comparator.nullsLast(Comparator.naturalOrder())));
        return liste;
    }
}
