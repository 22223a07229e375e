package de.teilhabe.plugin.api.bericht;

import de.teilhabe.plugin.api.feld.Feldwerte;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BerichtstabelleTest {

    @Test
    void zellenMuessenZumSpaltentypPassen() {
        List<Spalte> spalten = List.of(Spalte.text("Kommune"), Spalte.ganzzahl("Anzahl"));
        assertThat(new Berichtstabelle("T", spalten, List.of(Zeile.von("Neuss", 9L), Zeile.von("Kaarst", null)), List.of())
                .zelle(0, 1)).isEqualTo(9L);
        assertThatThrownBy(() -> new Berichtstabelle("T", spalten, List.of(Zeile.von("Neuss", 9)), List.of()))
                .hasMessageContaining("Integer statt Long");
        assertThatThrownBy(() -> new Berichtstabelle("T", spalten, List.of(Zeile.von("Neuss")), List.of()))
                .hasMessageContaining("1 Zellen, erwartet 2");
    }

    @Test
    void summenNachDimensionen() {
        Berichtseingabe e = new Berichtseingabe(LocalDate.of(2021, 3, 31), List.of("Jüchen", "Neuss"), List.of(
                new Zaehlwert(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.KOMMUNE, "Jüchen", Kennzahl.AUFENTHALTSSTATUS, "DULDUNG"), 7),
                new Zaehlwert(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.KOMMUNE, "Jüchen", Kennzahl.AUFENTHALTSSTATUS, "AUFENTHALTSTITEL"), 1),
                new Zaehlwert(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.KOMMUNE, "Neuss", Kennzahl.AUFENTHALTSSTATUS, "DULDUNG"), 4),
                new Zaehlwert(Kennzahl.ABGEMELDET, Map.of(Kennzahl.KOMMUNE, "Neuss"), 1)), Feldwerte.KEINE);

        assertThat(e.summe(Kennzahl.AUFGENOMMEN)).isEqualTo(12);
        assertThat(e.summe(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.KOMMUNE, "Jüchen"))).isEqualTo(8);
        assertThat(e.summe(Kennzahl.AUFGENOMMEN, Map.of(Kennzahl.AUFENTHALTSSTATUS, "DULDUNG"))).isEqualTo(11);
        assertThat(e.summe(Kennzahl.ABGEMELDET, Map.of(Kennzahl.KOMMUNE, "Jüchen"))).isZero();
        assertThat(e.auspraegungen(Kennzahl.AUFGENOMMEN, Kennzahl.AUFENTHALTSSTATUS))
                .containsExactly("DULDUNG", "AUFENTHALTSTITEL");
    }

    @Test
    void negativeZaehlwerteSindUnzulaessig() {
        assertThatThrownBy(() -> new Zaehlwert(Kennzahl.AKTIV, Map.of(), -1)).hasMessageContaining("negativ");
    }
}
