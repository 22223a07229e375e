package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Dokument.Diagramm;
import de.teilhabe.platform.dokument.Dokument.Geld;
import de.teilhabe.platform.dokument.Dokument.Prozent;
import de.teilhabe.platform.dokument.Zellen;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.finanzierung.Finanzstand;
import de.teilhabe.platform.finanzierung.Finanzuebersicht;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.stelle.Stellenanspruch;
import de.teilhabe.platform.stelle.Stellenstand;
import de.teilhabe.platform.stelle.Stellenuebersicht;
import de.teilhabe.platform.zielgruppenbasis.Basistabelle;
import de.teilhabe.platform.zielgruppenbasis.Basiszeile;
import de.teilhabe.platform.zielgruppenbasis.Zielgruppenbasis;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Spalte;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Stichtag reports as documents for the council papers (XLSX, CSV, PDF, and the screen): a title, a header with
 * Kreis, program and cut-off date, the table laid out like the council tables with typed cells (counts, posts,
 * money), a bar chart where the paper would show one, and a source note. Suppressed counts (committee readers)
 * appear as „·“.
 */
@Singleton
public class Berichtsdokumente {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String VERBORGEN = "·";

    private final Stichtagsberichte berichte;
    private final Stellenuebersicht stellen;
    private final Finanzuebersicht finanzen;
    private final Programmberichte beitraege;
    private final Zielgruppenbasis basis;
    private final Berichtskopf berichtskopf;
    private final Gremienzahlen gremienzahlen;

    Berichtsdokumente(Stichtagsberichte berichte, Stellenuebersicht stellen, Finanzuebersicht finanzen,
                      Programmberichte beitraege, Zielgruppenbasis basis, Berichtskopf berichtskopf,
                      Gremienzahlen gremienzahlen) {
        this.gremienzahlen = gremienzahlen;
        this.basis = basis;
        this.berichte = berichte;
        this.stellen = stellen;
        this.finanzen = finanzen;
        this.beitraege = beitraege;
        this.berichtskopf = berichtskopf;
    }

    /** The reports available for an enabled program: the platform's, then the plugin's contributions. */
    public List<Berichtsart> verzeichnis(Nutzer nutzer, String programm) {
        berichte.pruefen(nutzer, programm);
        List<Berichtsart> arten = new ArrayList<>(Berichtsart.KERN);
        try {
            arten.addAll(beitraege.beitraege(programm.strip()));
        } catch (FachlicherFehler e) {
            // the plugin fails: one entry stands for its parts, and asking for it gives the plugin's error
            arten.add(Berichtsart.beitrag(programm.strip() + ".berichtsteile", "Berichtsteile des Programms"));
        }
        return arten;
    }

    /**
     * All reports of the program at {@code stichtag}, in the order of {@link #verzeichnis} — for committee readers
     * without the plugins' parts. A part whose plugin fails is replaced by a page saying so.
     */
    public List<Dokument> mappe(Nutzer nutzer, String programm, LocalDate stichtag) {
        return mappe(nutzer, programm, stichtag, Berichtsoptionen.STANDARD);
    }

    /** {@link #mappe(Nutzer, String, LocalDate)} laid out as {@code optionen} say. */
    public List<Dokument> mappe(Nutzer nutzer, String programm, LocalDate stichtag, Berichtsoptionen optionen) {
        List<Dokument> mappe = new ArrayList<>();
        for (Berichtsart art : verzeichnis(nutzer, programm)) {
            if (art.beitrag() && Stichtagsberichte.nurGeschuetzt(nutzer)) {
                continue;
            }
            try {
                mappe.add(dokument(nutzer, art.id(), programm, stichtag, optionen));
            } catch (FachlicherFehler e) {
                if (!art.beitrag()) {
                    throw e;
                }
                mappe.add(new Dokument(art.titel(), List.of(new Dokument.Absatz(e.text(Locale.GERMAN)))));
            }
        }
        return mappe;
    }

    /** One report by its {@link Berichtsart#id()}, with the providers' full names. */
    public Dokument dokument(Nutzer nutzer, String art, String programm, LocalDate stichtag) {
        return dokument(nutzer, art, programm, stichtag, Berichtsoptionen.STANDARD);
    }

    /** One report by its {@link Berichtsart#id()}, laid out as {@code optionen} say. */
    public Dokument dokument(Nutzer nutzer, String art, String programm, LocalDate stichtag,
                             Berichtsoptionen optionen) {
        if (art == null || art.isBlank()) {
            throw FachlicherFehler.ungueltig("art", "pflichtfeld");
        }
        berichte.pruefen(nutzer, programm, stichtag);
        return switch (art.strip()) {
            case Berichtsart.AUFNAHME -> aufnahme(nutzer, programm, stichtag);
            case Berichtsart.ZUWEISUNGEN -> zuweisungen(nutzer, programm, stichtag, optionen);
            case Berichtsart.GREMIENZAHLEN -> gremienzahlen.dokument(nutzer, programm, stichtag);
            case Berichtsart.MASSNAHMEN -> massnahmen(nutzer, stichtag);
            case Berichtsart.STELLEN -> stellen(nutzer, programm, stichtag);
            case Berichtsart.STELLENVERTEILUNG -> stellenverteilung(nutzer, programm, stichtag);
            case Berichtsart.FINANZIERUNG -> finanzierung(nutzer, programm, stichtag);
            case Berichtsart.ZIELGRUPPENBASIS -> zielgruppenbasis(nutzer, programm, stichtag);
            default -> beitrag(nutzer, programm, art.strip(), stichtag);
        };
    }

    /**
     * Report (g): the target group per Kommune as the foreigners' offices reported it (the council paper's first
     * table, „Ausgangslage“), from the newest Stand at or before {@code stichtag}.
     */
    public Dokument zielgruppenbasis(Nutzer nutzer, String programm, LocalDate stichtag) {
        berichte.pruefen(nutzer, programm, stichtag);
        Basistabelle t = basis.tabelle(nutzer, programm.strip(), stichtag);
        List<Dokument.Block> bloecke = new ArrayList<>();
        bloecke.add(new Dokument.Absatz(kopf(nutzer.kreisName(), programm.strip(), stichtag)));
        if (!t.vorhanden()) {
            bloecke.add(new Dokument.Absatz("Zum Stichtag liegen keine Meldungen der Ausländerbehörden vor."));
        } else {
            List<List<Object>> zeilen = new ArrayList<>();
            t.zeilen().forEach(z -> zeilen.add(List.of(z.kommune(), z.geduldete(), z.gestattete(), z.gesamt())));
            Basiszeile s = t.summe();
            zeilen.add(List.of("Summe", s.geduldete(), s.gestattete(), s.gesamt()));
            bloecke.add(new Dokument.Tabelle(List.of("Kommune", "Anzahl Geduldeter", "Anzahl Gestatteter", "gesamt"),
                    zeilen));
            bloecke.add(new Diagramm("Zielgruppe je Kommune", t.zeilen().stream().map(Basiszeile::kommune).toList(),
                    List.of(new Diagramm.Reihe("Geduldete", t.zeilen().stream().map(Basiszeile::geduldete).toList()),
                            new Diagramm.Reihe("Gestattete", t.zeilen().stream().map(Basiszeile::gestattete)
                                    .toList()))));
            bloecke.add(new Dokument.Absatz("Stand " + DATUM.format(t.stand()) + (t.quelle() == null ? ""
                    : "; Quelle: " + t.quelle()) + "."));
        }
        return new Dokument("Zielgruppe je Kommune", bloecke);
    }

    /** Report (a): intake per Kommune by residence status, de-registered, active, exceptions. */
    public Dokument aufnahme(Nutzer nutzer, String programm, LocalDate stichtag) {
        Aufnahmetabelle t = berichte.aufnahme(nutzer, programm, stichtag);
        List<List<Object>> zeilen = new ArrayList<>();
        t.zeilen().forEach(z -> zeilen.add(zeile(z)));
        zeilen.add(zeile(t.summe()));
        List<String> kommunen = t.zeilen().stream().map(Aufnahmezeile::kommune).toList();
        return new Dokument("Teilnehmende nach Kommune und Aufenthaltsstatus", List.of(
                new Dokument.Absatz(kopf(t.kreis(), t.programm(), t.stichtag())),
                Dokument.Tabelle.von(List.of("Kommune", "Duldung", "Gestattung", "Aufenthaltstitel", "sonstige",
                        "aufgenommen", "abgemeldet", "aktiv", "davon Ausnahmen"), zeilen),
                new Diagramm("Aufgenommen je Kommune nach Aufenthaltsstatus", kommunen, List.of(
                        reihe("Duldung", t.zeilen().stream().map(Aufnahmezeile::duldung).toList()),
                        reihe("Gestattung", t.zeilen().stream().map(Aufnahmezeile::gestattung).toList()),
                        reihe("Aufenthaltstitel", t.zeilen().stream().map(Aufnahmezeile::aufenthaltstitel).toList()))),
                new Dokument.Absatz(quelle())));
    }

    /** Report (b): assignments and drop-outs per Förderbaustein and provider. */
    public Dokument zuweisungen(Nutzer nutzer, String programm, LocalDate stichtag, Berichtsoptionen optionen) {
        Zuweisungstabelle t = berichte.zuweisungen(nutzer, programm, stichtag, optionen);
        List<List<Object>> zeilen = new ArrayList<>();
        t.zeilen().forEach(z -> zeilen.add(List.of("FB " + z.baustein() + (z.bausteinName() == null ? ""
                : " " + z.bausteinName()), nie(z.traeger()), zelle(z.zugewiesen()), zelle(z.laufend()),
                zelle(z.abgeschlossen()), zelle(z.abbruch()))));
        Zuweisungszeile s = t.summe();
        zeilen.add(List.of("Summe", "", zelle(s.zugewiesen()), zelle(s.laufend()), zelle(s.abgeschlossen()),
                zelle(s.abbruch())));
        return new Dokument("Zuweisungen und Abbrüche nach Förderbaustein und Maßnahmeträger", List.of(
                new Dokument.Absatz(kopf(t.kreis(), t.programm(), t.stichtag())),
                Dokument.Tabelle.von(List.of("Förderbaustein", "Maßnahmeträger", "zugewiesen", "laufend",
                        "abgeschlossen", "Abbruch"), zeilen),
                new Dokument.Absatz("Zugewiesene Personen insgesamt: " + zahl(t.personen())),
                new Dokument.Absatz(quelle())));
    }

    /** Report (c): the Maßnahmen table of the council paper. */
    public Dokument massnahmen(Nutzer nutzer, LocalDate stichtag) {
        Massnahmentabelle t = berichte.massnahmen(nutzer, stichtag);
        return new Dokument("Maßnahmen der Förderbausteine", List.of(
                new Dokument.Absatz(t.kreis() + " · Stichtag " + DATUM.format(t.stichtag())),
                Dokument.Tabelle.von(List.of("Kommune", "Förderbaustein", "Maßnahmeträger", "Geplanter Beginn",
                        "Bemerkung"), t.zeilen().stream().map(z -> List.of(z.kommunen(), "FB " + z.baustein(),
                        z.traeger(), z.start(), nie(z.bemerkung()))).toList()),
                new Dokument.Absatz(angaben())));
    }

    /** Report (d): posts entitled by the program's formulas vs filled, per formula and per Kommune. */
    public Dokument stellen(Nutzer nutzer, String programm, LocalDate stichtag) {
        berichte.pruefen(nutzer, programm, stichtag);
        Stellenstand stand = stellen.stand(nutzer, programm.strip(), stichtag);
        List<List<Object>> zeilen = new ArrayList<>();
        for (Stellenstand.Schluesselstand s : stand.schluessel()) {
            zeilen.add(List.of(s.bezeichnung(), stellen(s.anspruch()), s.besetzt(), stellen(s.differenz()),
                    nie(s.hinweis())));
            s.jeKommune().forEach(k -> zeilen.add(List.of("  " + k.kommune(), stellen(k.anspruch()), k.besetzt(),
                    stellen(k.differenz()), "")));
        }
        zeilen.add(List.of("Summe", stand.anspruch(), stand.besetzt(), stand.differenz(), ""));
        return new Dokument("Stellen: Anspruch und Besetzung", List.of(
                new Dokument.Absatz(kopf(nutzer.kreisName(), programm.strip(), stichtag)),
                Dokument.Tabelle.von(List.of("Stellenschlüssel / Kommune", "Anspruch (VZÄ)", "besetzt (VZÄ)",
                        "Differenz", "Hinweis"), zeilen),
                new Dokument.Absatz(angaben())));
    }

    /**
     * Report (f): the posts of each distributing formula per Kommune with the basis they were computed from — for
     * KIM Baustein 2 the Kommunen's foreigners in the AZR, their share and their case-management posts.
     */
    public Dokument stellenverteilung(Nutzer nutzer, String programm, LocalDate stichtag) {
        berichte.pruefen(nutzer, programm, stichtag);
        List<Dokument.Block> bloecke = new ArrayList<>();
        bloecke.add(new Dokument.Absatz(kopf(nutzer.kreisName(), programm.strip(), stichtag)));
        List<Stellenuebersicht.Verteilung> verteilungen = stellen.verteilungen(nutzer, programm.strip(), stichtag);
        if (verteilungen.isEmpty()) {
            bloecke.add(new Dokument.Absatz("Zum Stichtag gibt es keine Stellenberechnung, die Stellen auf die "
                    + "Kommunen verteilt."));
        }
        for (Stellenuebersicht.Verteilung v : verteilungen) {
            Stellenanspruch a = v.anspruch();
            BigDecimal basis = a.jeKommune().stream().map(Stellenanspruch.Anteil::grundlage)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<List<Object>> zeilen = new ArrayList<>();
            a.jeKommune().forEach(k -> zeilen.add(List.of(k.kommune(), anzahl(k.grundlage()),
                    anteil(k.grundlage(), basis), k.stellen())));
            zeilen.add(List.of("Summe", anzahl(basis), new Prozent(new BigDecimal("100.00")), a.stellen()));
            bloecke.add(new Dokument.Ueberschrift(a.bezeichnung()));
            bloecke.add(Dokument.Tabelle.von(List.of("Kommune", v.grundlage(), "Anteil", "Stellen (VZÄ)"), zeilen));
            bloecke.add(new Diagramm("Stellen je Kommune", a.jeKommune().stream().map(Stellenanspruch.Anteil::kommune)
                    .toList(), List.of(new Diagramm.Reihe("Stellen (VZÄ)", a.jeKommune().stream()
                    .map(Stellenanspruch.Anteil::stellen).toList()))));
            bloecke.add(new Dokument.Absatz("Eingaben vom " + DATUM.format(a.stichtag()) + ". " + a.rundungsregel()));
        }
        bloecke.add(new Dokument.Absatz(angaben()));
        return new Dokument("Stellenanteile je Kommune", bloecke);
    }

    /**
     * Report (e): funding granted, forwarded and own share per Förderbaustein, and state and own share per year, as
     * it stood on {@code stichtag} (Bescheide issued, contracts begun and own shares of the years up to then).
     */
    public Dokument finanzierung(Nutzer nutzer, String programm, LocalDate stichtag) {
        berichte.pruefen(nutzer, programm, stichtag);
        Finanzstand stand = finanzen.stand(nutzer, programm.strip(), stichtag, Locale.GERMAN);
        List<List<Object>> bausteine = new ArrayList<>();
        stand.bausteine().forEach(b -> bausteine.add(List.of("FB " + b.nummer() + " " + b.name(),
                new Geld(b.zugesagt()), new Geld(b.weitergeleitet()), new Geld(b.eigenanteil()))));
        bausteine.add(List.of("Summe", new Geld(stand.zugesagt()), new Geld(stand.weitergeleitet()),
                new Geld(stand.eigenanteil())));
        List<List<Object>> jahre = stand.jahre().stream().map(j -> List.<Object>of(j.nummer() == null
                ? "ohne Baustein" : "FB " + j.nummer(), String.valueOf(j.jahr()), new Geld(j.landesmittel()),
                new Geld(j.eigenanteil()), new Geld(j.gesamt()), j.eigenanteilProzent() == null ? ""
                        : new Prozent(j.eigenanteilProzent()))).toList();
        List<String> namen = stand.bausteine().stream().map(b -> "FB " + b.nummer()).toList();
        List<Dokument.Block> bloecke = new ArrayList<>(List.of(
                new Dokument.Absatz(kopf(nutzer.kreisName(), programm.strip(), stichtag)),
                Dokument.Tabelle.von(List.of("Förderbaustein", "zugesagt", "weitergeleitet", "Eigenanteil"), bausteine),
                new Diagramm("Mittel je Förderbaustein (€)", namen, List.of(
                        new Diagramm.Reihe("zugesagt", stand.bausteine().stream().map(b -> b.zugesagt()).toList()),
                        new Diagramm.Reihe("weitergeleitet", stand.bausteine().stream().map(b -> b.weitergeleitet())
                                .toList()),
                        new Diagramm.Reihe("Eigenanteil", stand.bausteine().stream().map(b -> b.eigenanteil())
                                .toList()))),
                new Dokument.Ueberschrift("Landesmittel und Eigenanteil je Jahr"),
                Dokument.Tabelle.von(List.of("Förderbaustein", "Jahr", "Landesmittel", "Eigenanteil", "gesamt",
                        "Eigenanteil in %"), jahre)));
        stand.warnungen().forEach(w -> bloecke.add(new Dokument.Absatz("Hinweis: " + w.text())));
        bloecke.add(new Dokument.Absatz("Stand: Zuwendungsbescheide bis zum Stichtag, Weiterleitungsverträge mit "
                + "Beginn bis zum Stichtag, Eigenanteile der Jahre bis " + stichtag.getYear() + "."));
        bloecke.add(new Dokument.Absatz(angaben()));
        return new Dokument("Finanzierung: zugesagt, weitergeleitet, Eigenanteil", bloecke);
    }

    /** A part the program plugin contributes, its typed table taken over as it is. */
    Dokument beitrag(Nutzer nutzer, String programm, String id, LocalDate stichtag) {
        String kreis = berichte.pruefen(nutzer, programm, stichtag);
        if (Stichtagsberichte.nurGeschuetzt(nutzer)) {
            throw FachlicherFehler.ungueltig("art", "bericht.beitrag.gremium");
        }
        Berichtstabelle t = beitraege.erstelle(nutzer, kreis, programm.strip(), id, stichtag);
        List<List<Object>> zeilen = t.zeilen().stream().map(z -> z.zellen().stream()
                .map(c -> c == null ? (Object) "" : c).toList()).toList();
        List<Dokument.Block> bloecke = new ArrayList<>();
        bloecke.add(new Dokument.Absatz(kopf(nutzer.kreisName(), programm.strip(), stichtag)));
        bloecke.add(Dokument.Tabelle.von(t.spalten().stream().map(Spalte::ueberschrift).toList(), zeilen));
        t.fussnoten().forEach(f -> bloecke.add(new Dokument.Absatz(f)));
        bloecke.add(new Dokument.Absatz(quelle()));
        return new Dokument(t.titel(), bloecke);
    }

    /** A count as the council tables print it (1.234); a suppressed count as „·“. */
    private static String zahl(Integer wert) {
        return wert == null ? VERBORGEN : Zellen.text(wert);
    }

    private String kopf(String kreis, String programm, LocalDate stichtag) {
        return berichtskopf.kopf(kreis, programm, stichtag);
    }

    /** The source note of the case-number reports (a) and (b), which may hide small counts. */
    static String quelle() {
        return "Quelle: Teilhabe, Fallzahlen der Teilhabemanagerinnen und -manager; erstellt am " + heute()
                + ". „·“: kleine Fallzahl, nicht ausgewiesen.";
    }

    /** The source note of the reports built from the Kreis's own records (Maßnahmen, posts, funding, inputs). */
    private static String angaben() {
        return "Quelle: Teilhabe, Angaben des Kreises; erstellt am " + heute() + ".";
    }

    private static String heute() {
        return DATUM.format(LocalDate.now(ZoneId.of("Europe/Berlin")));
    }

    private static List<Object> zeile(Aufnahmezeile z) {
        return List.of(z.kommune(), zelle(z.duldung()), zelle(z.gestattung()), zelle(z.aufenthaltstitel()),
                zelle(z.sonstige()), zelle(z.gesamt()), zelle(z.abgemeldet()), zelle(z.aktiv()), zelle(z.ausnahmen()));
    }

    /** A count cell, or „·“ where it is suppressed. */
    static Object zelle(Integer wert) {
        return wert == null ? VERBORGEN : wert;
    }

    private static Object stellen(BigDecimal wert) {
        return wert == null ? "" : wert;
    }

    /** A basis such as a head count without decimals (12.000), otherwise as it is. */
    private static Object anzahl(BigDecimal wert) {
        return wert.stripTrailingZeros().scale() <= 0 ? (Object) wert.longValue() : wert;
    }

    private static Prozent anteil(BigDecimal teil, BigDecimal ganzes) {
        return new Prozent(ganzes.signum() == 0 ? BigDecimal.ZERO
                : teil.multiply(BigDecimal.valueOf(100)).divide(ganzes, 2, RoundingMode.HALF_UP));
    }

    /** A chart series of counts; suppressed counts stay empty (no bar, „·“). */
    private static Diagramm.Reihe reihe(String name, List<Integer> werte) {
        return new Diagramm.Reihe(name, werte);
    }

    private static String nie(String text) {
        return text == null ? "" : text;
    }
}
