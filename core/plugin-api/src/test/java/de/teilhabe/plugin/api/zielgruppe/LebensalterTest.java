package de.teilhabe.plugin.api.zielgruppe;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LebensalterTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @Test
    void amGeburtstagIstManEinJahrAelter() {
        assertThat(Lebensalter.amStichtag(LocalDate.of(2003, 3, 31), STICHTAG)).isEqualTo(18);
        assertThat(Lebensalter.amStichtag(LocalDate.of(2003, 4, 1), STICHTAG)).isEqualTo(17);
    }

    @Test
    void siebenundzwanzigBisZumTagVorDemAchtundzwanzigstenGeburtstag() {
        assertThat(Lebensalter.amStichtag(LocalDate.of(1993, 4, 1), STICHTAG)).isEqualTo(27);
        assertThat(Lebensalter.amStichtag(LocalDate.of(1993, 3, 31), STICHTAG)).isEqualTo(28);
        assertThat(Lebensalter.zwischen(LocalDate.of(1993, 4, 1), STICHTAG, 18, 27)).isTrue();
        assertThat(Lebensalter.zwischen(LocalDate.of(1993, 3, 31), STICHTAG, 18, 27)).isFalse();
    }

    @Test
    void geborenAmNeunundzwanzigstenFebruarWirdImGemeinjahrAmErstenMaerzAelter() {
        LocalDate geboren = LocalDate.of(2004, 2, 29);
        assertThat(Lebensalter.amStichtag(geboren, LocalDate.of(2022, 2, 28))).isEqualTo(17);
        assertThat(Lebensalter.amStichtag(geboren, LocalDate.of(2022, 3, 1))).isEqualTo(18);
        assertThat(Lebensalter.amStichtag(geboren, LocalDate.of(2024, 2, 29))).isEqualTo(20);
    }

    @Test
    void geburtsdatumNachStichtagIstUnzulaessig() {
        assertThatThrownBy(() -> Lebensalter.amStichtag(STICHTAG.plusDays(1), STICHTAG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nach dem Stichtag");
        Personenangaben person = Personenangaben.von(STICHTAG.plusDays(1), Aufenthaltsstatus.DULDUNG, Set.of(), Set.of());
        assertThat(person.alterAm(STICHTAG)).isEmpty();
    }

    @Test
    void personenangabenOhneGeburtsdatumHabenKeinAlter() {
        Personenangaben person = Personenangaben.von(null, null, Set.of(Merkmal.GEFAEHRDER), Set.of());
        assertThat(person.alterAm(STICHTAG)).isEmpty();
        assertThat(person.aufenthaltsstatus()).isEqualTo(Optional.empty());
        assertThat(person.hat(Merkmal.GEFAEHRDER)).isTrue();
        assertThat(person.hatStatus(Aufenthaltsstatus.DULDUNG)).isFalse();
    }
}
