package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.finanzierung.Finanzstand;
import de.teilhabe.platform.finanzierung.Finanzuebersicht;
import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.programm.ProgrammHost;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.stelle.Stellenstand;
import de.teilhabe.platform.stelle.Stellenuebersicht;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Stichtag reports as documents for the council papers (XLSX, CSV, PDF): a title, a header with Kreis,
 * program and cut-off date, the table laid out like the council tables with German numbers, and a source note.
 * Suppressed counts (committee readers) appear as „·“.
 */
@Singleton
public class Berichtsdokumente {

    static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Stichtagsberichte berichte;
    private final Stellenuebersicht stellen;
    private final Finanzuebersicht finanzen;
    private final ProgrammHost host;

    Berichtsdokumente(Stichtagsberichte berichte, Stellenuebersicht stellen, Finanzuebersicht finanzen,
                      ProgrammHost host) {
        this.berichte = berichte;
        this.stellen = stellen;
        this.finanzen = finanzen;
        this.host = host;
    }

    /** Report (a): intake per Kommune by residence status, de-registered, active, exceptions. */
    public Dokument aufnahme(Nutzer nutzer, String programm, LocalDate stichtag) {
        Aufnahmetabelle t = berichte.aufnahme(nutzer, programm, stichtag);
        List<List<String>> zeilen = new ArrayList<>();
        t.zeilen().forEach(z -> zeilen.add(zeile(z)));
        zeilen.add(zeile(t.summe()));
        return new Dokument("Teilnehmende nach Kommune und Aufenthaltsstatus", List.of(
                new Dokument.Absatz(kopf(t.kreis(), t.programm(), t.stichtag())),
                new Dokument.Tabelle(List.of("Kommune", "Duldung", "Gestattung", "Aufenthaltstitel", "sonstige",
                        "aufgenommen", "abgemeldet", "aktiv", "davon Ausnahmen"), zeilen),
                new Dokument.Absatz(quelle())));
    }

    /** Report (b): assignments and drop-outs per Förderbaustein and provider. */
    public Dokument zuweisungen(Nutzer nutzer, String programm, LocalDate stichtag) {
        Zuweisungstabelle t = berichte.zuweisungen(nutzer, programm, stichtag);
        List<List<String>> zeilen = new ArrayList<>();
        t.zeilen().forEach(z -> zeilen.add(List.of("FB " + z.baustein() + (z.bausteinName() == null ? ""
                : " " + z.bausteinName()), nie(z.traeger()), zahl(z.zugewiesen()), zahl(z.laufend()),
                zahl(z.abgeschlossen()), zahl(z.abbruch()))));
        Zuweisungszeile s = t.summe();
        zeilen.add(List.of("Summe", "", zahl(s.zugewiesen()), zahl(s.laufend()), zahl(s.abgeschlossen()),
                zahl(s.abbruch())));
        return new Dokument("Zuweisungen und Abbrüche nach Förderbaustein und Maßnahmeträger", List.of(
                new Dokument.Absatz(kopf(t.kreis(), t.programm(), t.stichtag())),
                new Dokument.Tabelle(List.of("Förderbaustein", "Maßnahmeträger", "zugewiesen", "laufend",
                        "abgeschlossen", "Abbruch"), zeilen),
                new Dokument.Absatz("Zugewiesene Personen insgesamt: " + zahl(t.personen())),
                new Dokument.Absatz(quelle())));
    }

    /** Report (c): the Maßnahmen table of the council paper. */
    public Dokument massnahmen(Nutzer nutzer, LocalDate stichtag) {
        Massnahmentabelle t = berichte.massnahmen(nutzer, stichtag);
        return new Dokument("Maßnahmen der Förderbausteine", List.of(
                new Dokument.Absatz(t.kreis() + " · Stichtag " + DATUM.format(t.stichtag())),
                new Dokument.Tabelle(List.of("Kommune", "Förderbaustein", "Maßnahmeträger", "Geplanter Beginn",
                        "Bemerkung"), t.zeilen().stream().map(z -> List.of(z.kommunen(), "FB " + z.baustein(),
                        z.traeger(), z.start(), nie(z.bemerkung()))).toList()),
                new Dokument.Absatz(quelle())));
    }

    /** Report (d): posts entitled by the program's formulas vs filled, per formula and per Kommune. */
    public Dokument stellen(Nutzer nutzer, String programm, LocalDate stichtag) {
        Stellenstand stand = stellen.stand(nutzer, programm, stichtag);
        List<List<String>> zeilen = new ArrayList<>();
        for (Stellenstand.Schluesselstand s : stand.schluessel()) {
            zeilen.add(List.of(s.bezeichnung(), stellenzahl(s.anspruch()), stellenzahl(s.besetzt()),
                    stellenzahl(s.differenz()), s.hinweis() == null ? "" : s.hinweis()));
            s.jeKommune().forEach(k -> zeilen.add(List.of("  " + k.kommune(), stellenzahl(k.anspruch()),
                    stellenzahl(k.besetzt()), stellenzahl(k.differenz()), "")));
        }
        zeilen.add(List.of("Summe", stellenzahl(stand.anspruch()), stellenzahl(stand.besetzt()),
                stellenzahl(stand.differenz()), ""));
        return new Dokument("Stellen: Anspruch und Besetzung", List.of(
                new Dokument.Absatz(kopf(nutzer.kreisName(), programm, stichtag)),
                new Dokument.Tabelle(List.of("Stellenschlüssel / Kommune", "Anspruch (VZÄ)", "besetzt (VZÄ)",
                        "Differenz", "Hinweis"), zeilen),
                new Dokument.Absatz(quelle())));
    }

    /** Report (e): funding granted, forwarded and own share per Förderbaustein, and state and own share per year. */
    public Dokument finanzierung(Nutzer nutzer, String programm) {
        Finanzstand stand = finanzen.stand(nutzer, programm);
        List<List<String>> bausteine = new ArrayList<>();
        stand.bausteine().forEach(b -> bausteine.add(List.of("FB " + b.nummer() + " " + b.name(), geld(b.zugesagt()),
                geld(b.weitergeleitet()), geld(b.eigenanteil()))));
        bausteine.add(List.of("Summe", geld(stand.zugesagt()), geld(stand.weitergeleitet()), geld(stand.eigenanteil())));
        List<List<String>> jahre = stand.jahre().stream().map(j -> List.of(j.nummer() == null ? "ohne Baustein"
                : "FB " + j.nummer(), String.valueOf(j.jahr()), geld(j.landesmittel()), geld(j.eigenanteil()),
                geld(j.gesamt()), j.eigenanteilProzent() == null ? "" : stellenzahl(j.eigenanteilProzent()) + " %"))
                .toList();
        List<Dokument.Block> bloecke = new ArrayList<>(List.of(
                new Dokument.Absatz(nutzer.kreisName() + " · " + host.programm(programm).map(Programm::name).orElse(programm)
                        + " · Stand " + DATUM.format(LocalDate.now(ZoneId.of("Europe/Berlin")))),
                new Dokument.Tabelle(List.of("Förderbaustein", "zugesagt", "weitergeleitet", "Eigenanteil"), bausteine),
                new Dokument.Ueberschrift("Landesmittel und Eigenanteil je Jahr"),
                new Dokument.Tabelle(List.of("Förderbaustein", "Jahr", "Landesmittel", "Eigenanteil", "gesamt",
                        "Eigenanteil in %"), jahre)));
        stand.warnungen().forEach(w -> bloecke.add(new Dokument.Absatz("Hinweis: " + w.text())));
        bloecke.add(new Dokument.Absatz(quelle()));
        return new Dokument("Finanzierung: zugesagt, weitergeleitet, Eigenanteil", bloecke);
    }

    static String geld(BigDecimal betrag) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(betrag == null ? BigDecimal.ZERO : betrag) + " €";
    }

    /** Posts in full-time equivalents as the council papers print them (3,0; 0,5); empty for none. */
    public static String stellenzahl(BigDecimal wert) {
        if (wert == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.GERMANY);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(3);
        return f.format(wert);
    }

    private String kopf(String kreis, String programm, LocalDate stichtag) {
        String name = host.programm(programm).map(Programm::name).orElse(programm);
        return kreis + " · " + name + " · Stichtag " + DATUM.format(stichtag);
    }

    private static String quelle() {
        return "Quelle: Teilhabe, Fallzahlen der Teilhabemanagerinnen und -manager; erstellt am "
                + DATUM.format(LocalDate.now(ZoneId.of("Europe/Berlin"))) + ". „·“: kleine Fallzahl, nicht ausgewiesen.";
    }

    private static List<String> zeile(Aufnahmezeile z) {
        return List.of(z.kommune(), zahl(z.duldung()), zahl(z.gestattung()), zahl(z.aufenthaltstitel()),
                zahl(z.sonstige()), zahl(z.gesamt()), zahl(z.abgemeldet()), zahl(z.aktiv()), zahl(z.ausnahmen()));
    }

    /** A count as the council tables print it (1.234); a suppressed count as „·“. */
    public static String zahl(Integer wert) {
        return wert == null ? "·" : NumberFormat.getIntegerInstance(Locale.GERMANY).format(wert);
    }

    private static String nie(String text) {
        return text == null ? "" : text;
    }
}
