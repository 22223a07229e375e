package de.teilhabe.plugin.api.feld;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FeldpruefungTest {

    private static final List<Felddefinition> FELDER = List.of(
            Felddefinition.datum("abh.freigabe.datum", "Datum der Freigabe").alsPflichtfeld(),
            Felddefinition.ganzzahl("kinder", "Anzahl Kinder").zwischen(BigDecimal.ZERO, BigDecimal.TEN),
            Felddefinition.auswahl("status", "Status", List.of("ausstehend", "erteilt")),
            Felddefinition.jaNein("verbot", "Beschäftigungsverbot"),
            Felddefinition.text("notiz", "Notiz").hoechstens(5));

    @Test
    void gueltigeWerteInBeidenDatumsformen() {
        assertThat(Feldpruefung.pruefe(FELDER, Map.of("abh.freigabe.datum", "31.03.2021", "kinder", "2",
                "status", "erteilt", "verbot", "ja", "notiz", "kurz"))).isEmpty();
        assertThat(Feldpruefung.pruefe(FELDER, Map.of("abh.freigabe.datum", "2021-03-31"))).isEmpty();
    }

    @Test
    void jederFehlerWirdEinzelnUndVerstaendlichGemeldet() {
        List<Validierungsfehler> fehler = Feldpruefung.pruefe(FELDER, Map.of("kinder", "11", "status", "abgelehnt",
                "verbot", "vielleicht", "notiz", "zu lang", "unbekannt", "x"));

        assertThat(fehler).extracting(Validierungsfehler::code).containsExactly("feld.pflicht", "feld.maximum",
                "feld.auswahl", "feld.typ.ja_nein", "feld.laenge", "feld.unbekannt");
        assertThat(fehler.get(0).meldung()).isEqualTo("„Datum der Freigabe“ ist ein Pflichtfeld.");
        assertThat(fehler.get(1).meldung()).isEqualTo("„Anzahl Kinder“: darf nicht größer als 10 sein.");
        assertThat(fehler.get(2).meldung()).contains("ausstehend, erteilt");
    }

    @Test
    void ungueltigesDatumWirdErkannt() {
        List<Validierungsfehler> fehler = Feldpruefung.pruefe(FELDER, Map.of("abh.freigabe.datum", "31.02.2021"));
        assertThat(fehler).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("feld.typ.datum");
            assertThat(f.meldung()).contains("kein gültiges Datum");
        });
    }

    @Test
    void betraegeInDeutscherUndMaschinellerSchreibweise() {
        Map<String, String> werte = Map.of("bescheid", "1.170.000,00", "weiterleitung", "80.000", "eigen", "1170000.00",
                "anteil", "0,5", "stelle", "0.5", "vzae", "0.500", "minus", "-2.500,75");
        Feldwerte w = Feldwerte.von(werte);
        assertThat(w.dezimal("bescheid")).contains(new BigDecimal("1170000.00"));
        assertThat(w.dezimal("weiterleitung")).contains(new BigDecimal("80000"));
        assertThat(w.dezimal("eigen")).contains(new BigDecimal("1170000.00"));
        assertThat(w.dezimal("anteil")).contains(new BigDecimal("0.5"));
        assertThat(w.dezimal("stelle")).contains(new BigDecimal("0.5"));
        assertThat(w.dezimal("vzae")).contains(new BigDecimal("0.500"));
        assertThat(w.dezimal("minus")).contains(new BigDecimal("-2500.75"));
        List<Felddefinition> betrag = List.of(Felddefinition.dezimal("betrag", "Betrag"));
        for (String falsch : List.of("1.17.000,00", "1.170.000.00,5", "1,170,000", "1.170,000,00", "12 €")) {
            assertThat(Feldpruefung.pruefe(betrag, Map.of("betrag", falsch))).as(falsch).singleElement()
                    .satisfies(f -> assertThat(f.code()).isEqualTo("feld.typ.dezimal"));
        }
        assertThat(Feldpruefung.pruefe(betrag, Map.of("betrag", "1.170.000,00"))).isEmpty();
    }

    @Test
    void jederBetragInDeutscherSchreibweiseDesJdkWirdZurueckgelesen() {
        // the JDK's German number format is the independent reference: whatever it writes must read back exactly
        DecimalFormat deutsch = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        Random zufall = new Random(20_261_208L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal betrag = BigDecimal.valueOf(zufall.nextLong() % 10_000_000_000L, 2);
            String geschrieben = deutsch.format(betrag);
            assertThat(Feldwerte.von(Map.of("betrag", geschrieben)).dezimal("betrag")).as(geschrieben)
                    .contains(betrag);
            assertThat(Feldwerte.von(Map.of("betrag", betrag.toPlainString())).dezimal("betrag"))
                    .as(betrag.toPlainString()).contains(betrag);
        }
    }

    @Test
    void feldwerteLesenTypisiert() {
        Feldwerte w = Feldwerte.von(Map.of("ende", "30.06.2022", "anzahl", "3", "anteil", "0,5", "leer", " "));
        assertThat(w.datum("ende")).contains(LocalDate.of(2022, 6, 30));
        assertThat(w.ganzzahl("anzahl")).contains(3L);
        assertThat(w.dezimal("anteil")).contains(new BigDecimal("0.5"));
        assertThat(w.text("leer")).isEmpty();
        assertThat(w.datum("fehlt")).isEmpty();
    }
}
