package de.teilhabe.plugins.durchstarten.bericht;

import de.teilhabe.plugin.api.bericht.Berichtsbeitrag;
import de.teilhabe.plugin.api.bericht.Berichtseingabe;
import de.teilhabe.plugin.api.bericht.Berichtstabelle;
import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.bericht.Spalte;
import de.teilhabe.plugin.api.bericht.Zeile;
import org.pf4j.Extension;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assignments and drop-outs per provider and Förderbaustein, as in the RKN committee report (seed 000:
 * „Bis zum 31.03.2021 wurden insgesamt 109 TN den Förderbausteinen zugewiesen“). Rows ordered by Baustein,
 * then by provider in the order the host delivers them; a total row closes the table.
 */
@Extension
public class ZuweisungenBericht implements Berichtsbeitrag {

    public static final String ID = "durchstarten.zuweisungen";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titel() {
        return "Zuweisungen und Abbrüche je Maßnahmeträger und Förderbaustein";
    }

    @Override
    public Set<String> benoetigteKennzahlen() {
        return Set.of(Kennzahl.ZUGEWIESEN, Kennzahl.ABGEBROCHEN);
    }

    @Override
    public Berichtstabelle erstelle(Berichtseingabe e) {
        List<String> bausteine = new ArrayList<>(e.auspraegungen(Kennzahl.ZUGEWIESEN, Kennzahl.BAUSTEIN));
        bausteine.sort(Comparator.comparingInt(Integer::parseInt));
        List<Zeile> zeilen = new ArrayList<>();
        for (String baustein : bausteine) {
            for (String traeger : e.auspraegungen(Kennzahl.ZUGEWIESEN, Kennzahl.TRAEGER)) {
                Map<String, String> filter = Map.of(Kennzahl.BAUSTEIN, baustein, Kennzahl.TRAEGER, traeger);
                long zugewiesen = e.summe(Kennzahl.ZUGEWIESEN, filter);
                if (zugewiesen > 0) {
                    zeilen.add(Zeile.von(traeger, "FB " + baustein, zugewiesen, e.summe(Kennzahl.ABGEBROCHEN, filter)));
                }
            }
        }
        zeilen.add(Zeile.summe("Summe", null, e.summe(Kennzahl.ZUGEWIESEN), e.summe(Kennzahl.ABGEBROCHEN)));
        return new Berichtstabelle("Zuweisungen in die Förderbausteine bis " + DATUM.format(e.stichtag()),
                List.of(Spalte.text("Maßnahmeträger"), Spalte.text("Förderbaustein"), Spalte.ganzzahl("zugewiesene TN"),
                        Spalte.ganzzahl("Abbruch")), zeilen, List.of());
    }
}
