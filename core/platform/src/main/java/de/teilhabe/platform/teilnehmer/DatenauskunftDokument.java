package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fehler.Meldungen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Lays out a {@link Datenauskunft} as a German document: one table per part, then the audit entries. */
final class DatenauskunftDokument {

    private static final ZoneId ZEITZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private DatenauskunftDokument() {
    }

    /** The document; {@code aenderung} puts an audit entry's change in words (the names of the fields). */
    static Dokument erstellen(Datenauskunft a, UnaryOperator<String> aenderung) {
        Teilnehmer t = a.akte().teilnehmer();
        List<Dokument.Block> b = new ArrayList<>();
        b.add(new Dokument.Absatz("Auskunft über die gespeicherten personenbezogenen Daten (Art. 15 DSGVO) — "
                + a.kreis() + ", erstellt am " + ZEIT.format(a.erstelltAm().atZone(ZEITZONE)) + "."));
        b.add(new Dokument.Absatz("Zweck der Verarbeitung: Teilhabe- und Case-Management in den Landesprogrammen "
                + "der Integration; Empfänger innerhalb des Kreises sind Koordination und Case-Management, "
                + "Maßnahmeträger nur mit Einwilligung."));
        b.add(new Dokument.Ueberschrift("Stammdaten"));
        List<List<String>> stamm = new ArrayList<>();
        stamm.add(List.of("Vorname", t.vorname()));
        stamm.add(List.of("Nachname", t.nachname()));
        stamm.add(List.of("Geburtsdatum", datum(t.geburtsdatum())));
        stamm.add(List.of("Kommune", a.akte().kommune()));
        stamm.add(List.of("Sprachniveau", text(t.sprachniveau())));
        stamm.add(List.of("Fallverantwortung", text(t.fallverantwortung())));
        stamm.add(List.of("Aufgenommen am", datum(t.aufgenommenAm())));
        stamm.add(List.of("Abgemeldet am", datum(t.abgemeldetAm())));
        stamm.add(List.of("Abmeldegrund", text(t.abmeldegrund())));
        if (a.anonymisiertAm() != null) {
            stamm.add(List.of("Anonymisiert am", datum(a.anonymisiertAm())));
        }
        b.add(Dokument.Tabelle.von(List.of("Angabe", "Wert"), stamm));

        b.add(new Dokument.Ueberschrift("Wohnorte"));
        tabelle(b, List.of("Kommune", "ab", "bis", "erfasst von"), a.akte().wohnorte().stream()
                .map(w -> List.of(w.kommune(), datum(w.ab()), datum(w.bis()), w.erfasstVon())).toList());

        b.add(new Dokument.Ueberschrift("Aufenthaltsverlauf"));
        tabelle(b, List.of("Status", "ab", "Notiz"), a.akte().aufenthalte().stream()
                .map(x -> List.of(x.status().name(), datum(x.ab()), text(x.notiz()))).toList());

        b.add(new Dokument.Ueberschrift("Beschäftigungsverbot und weitere Merkmale"));
        tabelle(b, List.of("Merkmal", "ab", "bis", "Notiz"), a.akte().merkmale().stream()
                .map(m -> List.of(m.merkmal().text(Locale.GERMAN), datum(m.ab()), datum(m.bis()), text(m.notiz())))
                .toList());

        b.add(new Dokument.Ueberschrift("Programme"));
        tabelle(b, List.of("Programm", "Aufgenommen am", "Abgemeldet am", "Abmeldegrund", "Einstufung", "Begründung",
                "Ausnahme: Grund", "genehmigt von"), a.akte().programme().stream()
                .map(p -> List.of(p.programm(), datum(p.aufgenommenAm()), datum(p.abgemeldetAm()),
                        text(p.abmeldegrund()), p.einstufung(), String.join("; ", p.begruendungen()),
                        text(p.ausnahmeGrund()), text(p.ausnahmeGenehmigtVon()))).toList());

        b.add(new Dokument.Ueberschrift("Freigaben der Ausländerbehörde"));
        tabelle(b, List.of("Programm", "Freigabe", "ab"), a.akte().freigaben().stream()
                .map(f -> List.of(f.programm(), meldung("teilnehmer.freigabe." + f.status().name()), datum(f.ab())))
                .toList());

        b.add(new Dokument.Ueberschrift("Einwilligungen"));
        tabelle(b, List.of("Zweck", "erteilt am", "widerrufen am"), a.akte().einwilligungen().stream()
                .map(e -> List.of(meldung("teilnehmer.einwilligungszweck." + e.zweck().name()), datum(e.erteiltAm()),
                        datum(e.widerrufenAm()))).toList());

        b.add(new Dokument.Ueberschrift("Zuweisungen zu Maßnahmen"));
        tabelle(b, List.of("Maßnahme", "ab", "Ergebnis", "bis", "Abbruchgrund"), a.akte().zuweisungen().stream()
                .map(z -> List.of(text(z.massnahme()), datum(z.ab()),
                        meldung("teilnehmer.zuweisungsergebnis." + z.ergebnis().name()), datum(z.bis()),
                        text(z.abbruchgrund()))).toList());

        b.add(new Dokument.Ueberschrift("Fallarbeit: Ziele"));
        tabelle(b, List.of("Bedarf", "Ziel", "Stand", "vereinbart am", "Zieldatum", "erreicht am"),
                a.fallarbeit().ziele().stream().map(z -> List.of(z.bedarf(), z.ziel(), z.status().text(Locale.GERMAN),
                        datum(z.vereinbartAm()), datum(z.zieldatum()), datum(z.erreichtAm()))).toList());
        b.add(new Dokument.Ueberschrift("Fallarbeit: Notizen"));
        tabelle(b, List.of("am", "Notiz", "verfasst von"), a.fallarbeit().notizen().stream()
                .map(n -> List.of(datum(n.am()), n.text(), n.verfasser())).toList());
        b.add(new Dokument.Ueberschrift("Fallarbeit: Verweisungen"));
        tabelle(b, List.of("Stelle", "Beschreibung", "am", "Ergebnis", "Ergebnis am"), a.fallarbeit().verweisungen()
                .stream().map(v -> List.of(v.stelle().text(Locale.GERMAN), text(v.beschreibung()), datum(v.am()),
                        (v.ergebnisart() == null ? "" : v.ergebnisart().text(Locale.GERMAN))
                                + (v.ergebnis() == null ? "" : " – " + v.ergebnis()), datum(v.ergebnisAm()))).toList());

        b.add(new Dokument.Ueberschrift("Protokoll: wer wann was gelesen oder geändert hat"));
        tabelle(b, List.of("Zeitpunkt", "Benutzer", "Aktion", "Felder"), a.protokoll().stream()
                .map(e -> zeile(e, aenderung)).toList());

        b.add(new Dokument.Ueberschrift("Speicherdauer"));
        tabelle(b, List.of("Daten", "Jahre nach Ende der Betreuung"), a.fristen().stream()
                .map(f -> List.of(meldung("aufbewahrung.typ." + f.typ().name()), String.valueOf(f.jahre()))).toList());
        return new Dokument("Datenauskunft " + t.id(), b);
    }

    private static List<String> zeile(AuditEintrag e, UnaryOperator<String> aenderung) {
        return List.of(ZEIT.format(e.zeitpunkt().atZone(ZEITZONE)), e.benutzer(), e.aktion(),
                aenderung.apply(e.aenderung()));
    }

    private static void tabelle(List<Dokument.Block> b, List<String> spalten, List<List<String>> zeilen) {
        if (zeilen.isEmpty()) {
            b.add(new Dokument.Absatz("keine"));
        } else {
            b.add(Dokument.Tabelle.von(spalten, zeilen));
        }
    }

    private static String meldung(String code) {
        return Meldungen.text(code, Locale.GERMAN);
    }

    private static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
