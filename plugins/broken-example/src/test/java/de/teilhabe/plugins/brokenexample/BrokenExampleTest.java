package de.teilhabe.plugins.brokenexample;

import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixture behaves as documented: declares itself correctly, fails at run time. */
class BrokenExampleTest {

    @Test
    void erklaertSichKorrektScheitertAberBeimAufruf() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(BrokenExamplePlugin.class)) {
            assertThat(p.konsistenzmaengel()).isEmpty();
            assertThat(p.programm().id()).isEqualTo("broken-example");
            assertThatThrownBy(() -> p.pruefe(Person.imAlter(20).am(LocalDate.of(2021, 3, 31)).geduldet(),
                    LocalDate.of(2021, 3, 31))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(BrokenExamplePlugin.FEHLERTEXT);
            assertThatThrownBy(() -> p.stellenschluessel("broken-example.stellen").berechne(Stelleneingabe.leer()))
                    .isInstanceOf(ArithmeticException.class).hasMessageContaining(BrokenExamplePlugin.FEHLERTEXT);
        }
    }
}
