package de.teilhabe.ui.teilnehmer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import de.teilhabe.platform.teilnehmer.Eintragsart;
import de.teilhabe.platform.teilnehmer.Ende;
import de.teilhabe.platform.teilnehmer.Freigabeeintrag;
import de.teilhabe.platform.teilnehmer.Programmteilnahme;
import de.teilhabe.platform.teilnehmer.Teilnahmen;
import de.teilhabe.platform.teilnehmer.TeilnehmerAufnahme;
import de.teilhabe.platform.teilnehmer.Verlaufseintraege;
import de.teilhabe.ui.komponenten.Darstellung;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The participant's programs, each with its episodes in order — intake, de-registration with kind and reason, the
 * verdict with its reasons, the open clarification with its due date, the documented exception — and the ABH's
 * clearances for it. Per episode: de-register from this program, take in again (a new episode), correct its dates,
 * move the due date, document the exception; a further program is a new participation of the same person.
 */
class ProgrammeTeil extends VerticalLayout {
    private final Aktenkontext k;
    private final Teilnahmen teilnahmen;
    private final TeilnehmerAufnahme aufnahme;
    private final Verlaufseintraege eintraege;
    private final List<String> aktiveProgramme;

    ProgrammeTeil(Aktenkontext k, Teilnahmen teilnahmen, TeilnehmerAufnahme aufnahme, Verlaufseintraege eintraege,
                  List<String> aktiveProgramme) {
        this.k = k;
        this.teilnahmen = teilnahmen;
        this.aufnahme = aufnahme;
        this.eintraege = eintraege;
        this.aktiveProgramme = aktiveProgramme;
        setPadding(false);
        if (k.schreiben()) {
            List<String> weitere = aktiveProgramme.stream().filter(p -> k.akte().programme().stream()
                    .noneMatch(t -> t.programm().equals(p) && t.offen())).toList();
            var knopf = Knoepfe.neu("teilnahme-aufnehmen", "teilnahme.weiteres", VaadinIcon.PLUS,
                    () -> new TeilnahmeDialog(weitere, null, a -> aufnahme.teilnehmen(k.nutzer(), k.id(), a), k.gespeichert()));
            knopf.setEnabled(!weitere.isEmpty());
            add(knopf);
        }
        for (String programm : programme()) {
            add(programm(programm));
        }
    }

    /** Programs with an episode or a clearance, in the order of their first intake. */
    private Set<String> programme() {
        Set<String> programme = new LinkedHashSet<>();
        k.akte().programme().forEach(t -> programme.add(t.programm()));
        k.akte().freigaben().forEach(f -> programme.add(f.programm()));
        return programme;
    }

    private Component programm(String programm) {
        List<Programmteilnahme> episoden = k.akte().programme().stream().filter(t -> t.programm().equals(programm)).toList();
        boolean offen = episoden.stream().anyMatch(Programmteilnahme::offen);
        H3 titel = new H3(Texte.programm(programm));
        Span stand = new Span(getTranslation(offen ? "teilnehmer.aktiv" : "teilnehmer.nicht.aktiv"));
        stand.getElement().getThemeList().add(offen ? "badge success" : "badge contrast");
        HorizontalLayout kopf = new HorizontalLayout(titel, stand);
        kopf.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div teil = new Div(kopf, episoden(programm, episoden), new H4(getTranslation("teilnehmer.freigaben")),
                freigaben(programm));
        teil.addClassName("programmteil");
        teil.setWidthFull();
        teil.getElement().setAttribute("data-programm", programm);
        if (k.schreiben()) {
            teil.add(Knoepfe.neu("freigabe-erfassen-" + programm, "teilnehmer.freigabe.setzen", VaadinIcon.PLUS,
                    () -> new FreigabeDialog(programm, null, d -> eintraege.freigabeErfassen(k.nutzer(), k.id(), programm, d),
                            k.gespeichert())));
        }
        return teil;
    }

    private Component episoden(String programm, List<Programmteilnahme> episoden) {
        if (episoden.isEmpty()) {
            return new Paragraph(getTranslation("teilnahme.keine"));
        }
        Locale sprache = getLocale();
        Grid<Programmteilnahme> liste = new Grid<>();
        liste.setId("teilnahmen-" + programm);
        liste.addClassName("teilnahmen");
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        liste.addColumn(t -> Darstellung.datum(t.aufgenommenAm(), sprache)).setHeader(getTranslation("teilnehmer.aufgenommen"))
                .setKey("aufgenommen").setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(t -> Darstellung.datum(t.abgemeldetAm(), sprache)).setHeader(getTranslation("teilnehmer.abgemeldet"))
                .setKey("abgemeldet").setAutoWidth(true).setFlexGrow(0);
        liste.addColumn(t -> abmeldung(t, sprache)).setHeader(getTranslation("teilnahme.abmeldung")).setKey("abmeldung").setFlexGrow(2);
        liste.addColumn(t -> einstufung(t.einstufung())).setHeader(getTranslation("teilnehmer.einstufung"))
                .setKey("einstufung").setAutoWidth(true);
        liste.addColumn(this::klaerung).setHeader(getTranslation("teilnahme.klaerung")).setKey("klaerung").setAutoWidth(true);
        liste.addColumn(t -> t.ausnahmeGrund() == null ? "" : t.ausnahmeGrund() + " (" + t.ausnahmeGenehmigtVon() + ")")
                .setHeader(getTranslation("teilnehmer.ausnahme")).setKey("ausnahme").setFlexGrow(2);
        liste.setItemDetailsRenderer(new ComponentRenderer<>(this::einzelheiten));
        liste.setDetailsVisibleOnClick(false);
        if (k.schreiben()) {
            Programmteilnahme letzte = episoden.get(episoden.size() - 1);
            boolean offen = episoden.stream().anyMatch(Programmteilnahme::offen);
            liste.addComponentColumn(t -> aktionen(t, !offen && t == letzte)).setKey("aktionen").setWidth("15rem")
                    .setFlexGrow(0);
        }
        liste.setItems(episoden);
        episoden.forEach(t -> liste.setDetailsVisible(t, true));
        return liste;
    }

    /** Under each episode: the reasons of its verdict, the case manager, who recorded it and when. */
    private Component einzelheiten(Programmteilnahme t) {
        Div teil = new Div();
        teil.addClassName("teilnahme-einzelheiten");
        if (!t.begruendungen().isEmpty()) {
            teil.add(new Div(new Span(getTranslation("teilnahme.begruendung") + ": "), new Span(String.join(" ", t.begruendungen()))));
        }
        teil.add(new Div(new Span(getTranslation("teilnehmer.fallverantwortung") + ": "),
                new Span(Objects.requireNonNullElse(t.fallverantwortung(), "–"))));
        if (t.erfasstVon() != null) {
            teil.add(new Div(new Span(getTranslation("teilnehmer.erfasst") + ": "),
                    new Span(Erfasst.text(t.erfasstVon(), t.erfasstAm(), getLocale()))));
        }
        return teil;
    }

    private Component aktionen(Programmteilnahme t, boolean wiederMoeglich) {
        Div aktionen = Knoepfe.gruppe();
        if (t.offen()) {
            aktionen.add(Knoepfe.zeile("teilnahme.abmelden", "teilnahme-abmelden", () -> new AbmeldungDialog(t,
                    a -> teilnahmen.abmelden(k.nutzer(), t.id(), t.version(), a), k.gespeichert())));
        }
        if (wiederMoeglich) {
            aktionen.add(Knoepfe.zeile("teilnahme.wieder", "teilnahme-wiederaufnehmen", () -> new TeilnahmeDialog(
                    aktiveProgramme, t.programm(), a -> aufnahme.teilnehmen(k.nutzer(), k.id(), a), k.gespeichert())));
        }
        aktionen.add(Knoepfe.zeile("teilnahme.korrigieren", "teilnahme-korrigieren", () -> new TeilnahmeKorrekturDialog(t,
                korrektur -> teilnahmen.korrigieren(k.nutzer(), t.id(), korrektur), k.gespeichert())));
        if (t.klaerungOffen()) {
            aktionen.add(Knoepfe.zeile("klaerung.verschieben", "klaerung-verschieben", () -> new DatumDialog<>(
                    Texte.text("klaerung.verschieben.titel", Texte.programm(t.programm())), Texte.text("teilnahme.klaerung.bis"),
                    t.klaerungBis(), null, List.of("bis", "klaerungBis"),
                    bis -> teilnahmen.klaerungVerschieben(k.nutzer(), t.id(), t.version(), new Ende(bis)), k.gespeichert())));
            if (Programmteilnahme.NICHT_ZIELGRUPPE.equals(t.einstufung())) {
                aktionen.add(Knoepfe.zeile("klaerung.ausnahme", "ausnahme-dokumentieren", () -> new AusnahmeDialog<>(
                        t.programm(), name(), (grund, von) -> teilnahmen.ausnahmeDokumentieren(k.nutzer(), t.id(),
                        t.version(), grund, von), k.gespeichert())));
            }
        }
        return aktionen;
    }

    private Component freigaben(String programm) {
        List<Freigabeeintrag> eintraege = k.akte().freigaben().stream().filter(f -> f.programm().equals(programm)).toList();
        if (eintraege.isEmpty()) {
            return new Paragraph(getTranslation("teilnehmer.freigabe.offen"));
        }
        Locale sprache = getLocale();
        Grid<Freigabeeintrag> liste = new Grid<>();
        liste.setId("freigaben-" + programm);
        liste.setAllRowsVisible(true);
        liste.addThemeVariants(GridVariant.LUMO_COMPACT);
        liste.addColumn(f -> f.status().text(sprache)).setHeader(getTranslation("teilnehmer.freigabe")).setKey("status")
                .setFlexGrow(2);
        liste.addColumn(f -> Darstellung.datum(f.ab(), sprache)).setHeader(getTranslation("teilnehmer.ab")).setKey("ab")
                .setAutoWidth(true);
        liste.addColumn(f -> Darstellung.datum(f.bis(), sprache)).setHeader(getTranslation("teilnehmer.abgeloest")).setKey("bis")
                .setAutoWidth(true);
        liste.addColumn(f -> Erfasst.text(f.erfasstVon(), f.erfasstAm(), sprache)).setHeader(getTranslation("teilnehmer.erfasst"))
                .setKey("erfasst").setAutoWidth(true);
        if (k.schreiben()) {
            liste.addComponentColumn(f -> Knoepfe.gruppe(
                    Knoepfe.zeile("teilnehmer.korrigieren", "freigabe-korrigieren", () -> new FreigabeDialog(programm, f,
                            d -> this.eintraege.freigabeKorrigieren(k.nutzer(), f.id(), d), k.gespeichert())),
                    Knoepfe.zeile("teilnehmer.streichen", "freigabe-streichen", () -> new StreichenDialog<>(
                            f.status().text(sprache) + " " + Darstellung.datum(f.ab(), sprache),
                            grund -> this.eintraege.streichen(k.nutzer(), Eintragsart.FREIGABE, f.id(), grund),
                            k.gespeichert())))).setKey("aktionen").setAutoWidth(true).setFlexGrow(0);
        }
        liste.setItems(eintraege);
        return liste;
    }

    /** Kind and reason of a de-registration („nicht erreichbar – seit März kein Kontakt“), the reason once if alike. */
    static String abmeldung(Programmteilnahme t, Locale sprache) {
        if (t.abgemeldetAm() == null) {
            return "";
        }
        String art = t.abmeldeart() == null ? "" : t.abmeldeart().text(sprache);
        return art + (t.abmeldegrund() == null || t.abmeldegrund().equals(art) ? "" : " – " + t.abmeldegrund());
    }

    private String klaerung(Programmteilnahme t) {
        if (!t.klaerungOffen()) {
            return "";
        }
        boolean ueberfaellig = t.klaerungBis().isBefore(LocalDate.now(de.teilhabe.ui.sprache.Formate.ZEITZONE));
        return getTranslation(ueberfaellig ? "klaerung.offen.ueberfaellig" : "klaerung.offen.bis",
                Darstellung.datum(t.klaerungBis(), getLocale()));
    }

    static String einstufung(String einstufung) {
        return einstufung == null ? "" : Texte.text("teilnehmer.einstufung." + einstufung.toLowerCase(Locale.ROOT));
    }

    private String name() {
        return k.akte().teilnehmer().nachname() + ", " + k.akte().teilnehmer().vorname();
    }
}
