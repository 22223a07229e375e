package de.teilhabe.plugin.api.baustein;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoerderquoteTest {

    @Test
    void achtzigProzentLandLassenMindestensZwanzigProzentEigenanteil() {
        Foerderquote q = Foerderquote.prozent(80);

        assertThat(q.eigenanteilMindestensProzent()).isEqualByComparingTo("20");
        Finanzierungsaufteilung a = q.aufteilen(new BigDecimal("10000"));
        assertThat(a.landesanteilHoechstens()).isEqualByComparingTo("8000.00");
        assertThat(a.eigenanteilMindestens()).isEqualByComparingTo("2000.00");
    }

    @Test
    void landesanteilWirdAufCentAbgerundetEigenanteilTraegtDenRest() {
        Finanzierungsaufteilung a = Foerderquote.prozent(80).aufteilen(new BigDecimal("10.01"));

        assertThat(a.landesanteilHoechstens()).isEqualByComparingTo("8.00");   // 8.008 → 8.00
        assertThat(a.eigenanteilMindestens()).isEqualByComparingTo("2.01");    // ≥ 20 % (2.002)
        assertThat(a.landesanteilHoechstens().add(a.eigenanteilMindestens())).isEqualByComparingTo("10.01");
    }

    @Test
    void ungueltigeQuotenUndAusgaben() {
        assertThatThrownBy(() -> Foerderquote.prozent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Foerderquote.prozent(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Foerderquote.prozent(80).aufteilen(new BigDecimal("-1")))
                .hasMessageContaining("nicht negativ");
    }

    @Test
    void wettbewerbsfristSchliesstDenStichtagEin() {
        Wettbewerb w = new Wettbewerb(LocalDate.of(2020, 3, 31), "");
        assertThat(w.fristGewahrt(LocalDate.of(2020, 3, 31))).isTrue();
        assertThat(w.fristGewahrt(LocalDate.of(2020, 4, 1))).isFalse();
    }

    @Test
    void bausteinBrauchtAntragsteller() {
        assertThatThrownBy(() -> new Foerderbaustein(1, "Coaching", "", Optional.empty(), Set.of(), Optional.empty()))
                .hasMessageContaining("mindestens ein Antragsteller");
    }
}
