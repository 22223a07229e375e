package de.teilhabe.platform.bericht;

import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The committee figures of a program at a cut-off date (seed 000: „53 geduldete Personen mit Beschäftigungsverbot“,
 * the ABH clearances „im Nachgang eingeholt“, referrals to therapy, KITA, debt counselling, drop-outs): three tables
 * with sum rows — work ban and ABH clearances of the people active on the date per Kommune, referrals by service and
 * outcome, and what ended by the date per Kommune (assignments completed or dropped out, de-registrations by kind).
 * Committee readers see small counts suppressed like in reports (a) and (b).
 */
@Singleton
class Gremienzahlen {

    private final Stichtagsberichte berichte;
    private final KreisTransaktion transaktion;
    private final GremienzahlenAbfrage abfrage;
    private final KommunenDienst kommunen;
    private final Schwelle schwelle;
    private final Berichtskopf kopf;

    Gremienzahlen(Stichtagsberichte berichte, KreisTransaktion transaktion, GremienzahlenAbfrage abfrage,
                  KommunenDienst kommunen, Schwelle schwelle, Berichtskopf kopf) {
        this.berichte = berichte;
        this.transaktion = transaktion;
        this.abfrage = abfrage;
        this.kommunen = kommunen;
        this.schwelle = schwelle;
        this.kopf = kopf;
    }

    record Zahlen(Map<UUID, int[]> aktive, Map<Hilfeangebot, int[]> verweisungen, Map<UUID, int[]> beendigungen) {
    }

    Dokument dokument(Nutzer nutzer, String programm, LocalDate stichtag) {
        String kreis = berichte.pruefen(nutzer, programm, stichtag);
        String p = programm.strip();
        List<Kommune> orte = kommunen.liste(nutzer).stream().sorted((a, b) -> Berichtsart.DEUTSCH.compare(a.name(),
                b.name())).toList();
        Zahlen z = transaktion.lesen(kreis, () -> new Zahlen(abfrage.aktive(p, stichtag),
                abfrage.verweisungen(p, stichtag), abfrage.beendigungen(p, stichtag)));
        boolean geschuetzt = Stichtagsberichte.nurGeschuetzt(nutzer);
        List<String> arten = Arrays.stream(Abmeldeart.values()).map(a -> "Abmeldung: " + a.text(Locale.GERMAN))
                .toList();
        List<String> kopfBeendigung = new ArrayList<>(List.of("Kommune", "Zuweisung abgeschlossen",
                "Zuweisung abgebrochen"));
        kopfBeendigung.addAll(arten);
        kopfBeendigung.add("Abmeldungen gesamt");
        int[] abmeldungen = IntStream.rangeClosed(2, 2 + arten.size()).toArray();
        return new Dokument("Kennzahlen für den Ausschuss", List.of(
                new Dokument.Absatz(kopf.kopf(nutzer.kreisName(), p, stichtag)),
                new Dokument.Ueberschrift("Beschäftigungsverbot und Freigaben der Ausländerbehörde"),
                jeKommune(orte, z.aktive(), List.of("Kommune", "aktiv", "mit Beschäftigungsverbot",
                        "ohne Beschäftigungsverbot", "Freigabe bestätigt", "Freigabe ausstehend", "Freigabe verweigert"),
                        List.of(new int[] {1, 2, 0}, new int[] {3, 4, 5, 0})).tabelle(geschuetzt, schwelle),
                new Dokument.Absatz("Personen, die am Stichtag am Programm teilnehmen; Beschäftigungsverbot und "
                        + "Freigabe, wie sie am Stichtag galten."),
                new Dokument.Ueberschrift("Verweisungen nach Hilfeangebot und Ergebnis"),
                verweisungen(z.verweisungen()).tabelle(geschuetzt, schwelle),
                new Dokument.Absatz("Verweisungen bis zum Stichtag während einer Teilnahme; Ergebnis, soweit bis zum "
                        + "Stichtag bekannt."),
                new Dokument.Ueberschrift("Beendigungen: Zuweisungen und Abmeldungen"),
                jeKommune(orte, z.beendigungen(), kopfBeendigung, List.of(abmeldungen)).tabelle(geschuetzt, schwelle),
                new Dokument.Absatz("Bis zum Stichtag beendete Zuweisungen und Teilnahmen; Kommune am Stichtag."),
                new Dokument.Absatz(Berichtsdokumente.quelle())));
    }

    private static Zaehltabelle jeKommune(List<Kommune> orte, Map<UUID, int[]> werte, List<String> spalten,
                                          List<int[]> gleichungen) {
        int breite = spalten.size() - 1;
        int[][] zeilen = orte.stream().map(k -> werte.getOrDefault(k.id(), new int[breite])).toArray(int[][]::new);
        return new Zaehltabelle(spalten, orte.stream().map(Kommune::name).toList(), zeilen, gleichungen);
    }

    private static Zaehltabelle verweisungen(Map<Hilfeangebot, int[]> werte) {
        List<Hilfeangebot> angebote = List.of(Hilfeangebot.values());
        return new Zaehltabelle(List.of("Hilfeangebot", "verwiesen", "vermittelt", "nicht zustande gekommen",
                "anderes Ergebnis", "offen"), angebote.stream().map(h -> h.text(Locale.GERMAN)).toList(),
                angebote.stream().map(h -> werte.getOrDefault(h, new int[5])).toArray(int[][]::new),
                List.<int[]>of(new int[] {1, 2, 3, 4, 0}));
    }
}
