package de.teilhabe.plugins.durchstarten;

import static org.assertj.core.api.Assertions.assertThat;

import de.teilhabe.plugin.api.zuweisung.Zuweisungsanfrage;
import de.teilhabe.plugins.durchstarten.zuweisung.LandesinitiativeZuweisung;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LandesinitiativeZuweisungTest {

    private final LandesinitiativeZuweisung regel = new LandesinitiativeZuweisung();
    private final LocalDate tag = LocalDate.of(2020, 11, 9);

    @Test
    void teilhabemanagementWeistInDieBausteineEinsBisVierZu() {
        for (int baustein = 1; baustein <= 4; baustein++) {
            assertThat(regel.zulaessig(new Zuweisungsanfrage("gemeinsam-klappts", baustein, tag))).isTrue();
        }
    }

    @Test
    void innovationsfondsUndAndereProgrammeNicht() {
        assertThat(regel.zulaessig(new Zuweisungsanfrage("gemeinsam-klappts", 5, tag))).isFalse();
        assertThat(regel.zulaessig(new Zuweisungsanfrage("kim", 1, tag))).isFalse();
        assertThat(regel.zulaessig(new Zuweisungsanfrage("komm-an", 2, tag))).isFalse();
    }
}
