package de.teilhabe.plugins.gemeinsamklappts.bericht;

import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.bericht.Spalte;
import de.teilhabe.plugin.api.bericht.Zeile;
import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import org.pf4j.Extension;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * „Aktueller Aufnahme-Stand“ as in the RKN committee report (seed 000, 31.03.2021): per Kommune the people
 * taken in by status (Duldung, Gestattung, Aufenthaltstitel, total), de-registered and active, with a total
 * row. Active = taken in − de-registered. Documented exceptions and other statuses are named in footnotes.
 */
@Extension
public class AufnahmestandBericht implements Berichtsbeitrag {

    public static final String ID = "gemeinsam-klappts.aufnahmestand";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<Aufenthaltsstatus> SPALTEN_STATUS = List.of(Aufenthaltsstatus.DULDUNG,
            Aufenthaltsstatus.GESTATTUNG, Aufenthaltsstatus.AUFENTHALTSTITEL);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titel() {
        return "Aufnahme-Stand je Kommune (Teilhabemanagement)";
    }

    @Override
    public Set<String> benoetigteKennzahlen() {
        return Set.of(Kennzahl.AUFGENOMMEN, Kennzahl.ABGEMELDET);
    }

    @Override
    public Berichtstabelle erstelle(Berichtseingabe e) {
        List<Zeile> zeilen = new ArrayList<>();
        for (String kommune : e.kommunen()) {
            zeilen.add(zeile(e, Map.of(Kennzahl.KOMMUNE, kommune), kommune, false));
        }
        zeilen.add(zeile(e, Map.of(), "Summe", true));
        return new Berichtstabelle("Aufnahme-Stand " + DATUM.format(e.stichtag()), List.of(Spalte.text("Kommune"),
                Spalte.ganzzahl("Anzahl Geduldeter"), Spalte.ganzzahl("Anzahl Gestatteter"),
                Spalte.ganzzahl("Aufenthaltstitel"), Spalte.ganzzahl("gesamt"), Spalte.ganzzahl("abgemeldet"),
                Spalte.ganzzahl("aktiv")), zeilen, fussnoten(e));
    }

    private static Zeile zeile(Berichtseingabe e, Map<String, String> ort, String name, boolean summe) {
        List<Object> zellen = new ArrayList<>();
        zellen.add(name);
        for (Aufenthaltsstatus s : SPALTEN_STATUS) {
            zellen.add(e.summe(Kennzahl.AUFGENOMMEN, mit(ort, Kennzahl.AUFENTHALTSSTATUS, s.name())));
        }
        long gesamt = e.summe(Kennzahl.AUFGENOMMEN, ort);
        long abgemeldet = e.summe(Kennzahl.ABGEMELDET, ort);
        zellen.add(gesamt);
        zellen.add(abgemeldet);
        zellen.add(gesamt - abgemeldet);
        return new Zeile(zellen, summe);
    }

    private static List<String> fussnoten(Berichtseingabe e) {
        List<String> noten = new ArrayList<>();
        long ausnahmen = e.summe(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.AUSNAHME, "ja"));
        if (ausnahmen > 0) {
            noten.add("Davon " + ausnahmen + " als dokumentierte Ausnahme aufgenommen (Begründung in der Falldokumentation).");
        }
        long bekannt = SPALTEN_STATUS.stream()
                .mapToLong(s -> e.summe(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.AUFENTHALTSSTATUS, s.name()))).sum();
        long sonstige = e.summe(Kennzahl.AUFGENOMMEN) - bekannt;
        if (sonstige > 0) {
            noten.add("„gesamt“ enthält " + sonstige + " Person(en) mit sonstigem Aufenthaltsstatus.");
        }
        noten.add("aktiv = gesamt − abgemeldet.");
        return noten;
    }

    private static Map<String, String> mit(Map<String, String> basis, String schluessel, String wert) {
        Map<String, String> m = new HashMap<>(basis);
        m.put(schluessel, wert);
        return m;
    }
}
