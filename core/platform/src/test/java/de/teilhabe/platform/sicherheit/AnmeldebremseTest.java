package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.StellbareUhr;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the back-off and the address limit, on the shared table with a clock the test moves. (Until the
 * protection moved into the database this was the test of the in-memory lock that locked a user name for 15 minutes.)
 */
@MicronautTest(transactional = false)
@Property(name = StellbareUhr.AN, value = "true")
@Property(name = "teilhabe.anmeldung.adresse.max-fehlversuche", value = "5")
@Property(name = "teilhabe.anmeldung.adresse.fenster", value = "15m")
class AnmeldebremseTest {

    @Inject Anmeldebremse bremse;
    @Inject StellbareUhr uhr;

    @Test
    void wartezeitVerdoppeltSichBisZurHoechsten() {
        Wartezeiten w = new Wartezeiten(3, Duration.ofSeconds(1), Duration.ofMinutes(5));
        assertThat(w.nach(1)).isZero();
        assertThat(w.nach(3)).isZero();
        assertThat(w.nach(4)).hasSeconds(1);
        assertThat(w.nach(5)).hasSeconds(2);
        assertThat(w.nach(6)).hasSeconds(4);
        assertThat(w.nach(12)).hasSeconds(256);
        assertThat(w.nach(13)).isEqualTo(Duration.ofMinutes(5));
        assertThat(w.nach(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new Wartezeiten(3, Duration.ZERO, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kontoWartetNachDemVierten() {
        String konto = "konto:" + UUID.randomUUID();
        String adresse = adresse();
        for (int i = 0; i < 3; i++) {
            bremse.fehlschlag(konto, adresse());
            assertThat(bremse.pruefen(konto, adresse)).isEmpty();
        }
        bremse.fehlschlag(konto, adresse());
        assertThat(bremse.pruefen(konto, adresse)).hasValueSatisfying(b -> {
            assertThat(b.wartezeit()).isEqualTo(Duration.ofSeconds(1));
            assertThat(b.schluessel()).isEqualTo(konto);
        });
        uhr.vorstellen(Duration.ofSeconds(1));
        assertThat(bremse.pruefen(konto, adresse)).isEmpty();
        bremse.fehlschlag(konto, adresse());
        assertThat(bremse.pruefen(konto, adresse)).map(Anmeldebremse.Bremsung::wartezeit)
                .hasValue(Duration.ofSeconds(2));
        assertThat(bremse.pruefen("konto:" + UUID.randomUUID(), adresse)).isEmpty();
    }

    @Test
    void erfolgSetztDenZaehlerZurueck() {
        String konto = "konto:" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            bremse.fehlschlag(konto, adresse());
        }
        uhr.vorstellen(Duration.ofSeconds(1));
        bremse.erfolg(konto);
        for (int i = 0; i < 3; i++) {
            bremse.fehlschlag(konto, adresse());
        }
        assertThat(bremse.pruefen(konto, adresse())).isEmpty();
    }

    @Test
    void alteFehlversucheZaehlenNichtMehr() {
        String konto = "konto:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            bremse.fehlschlag(konto, adresse());
        }
        uhr.vorstellen(Duration.ofHours(1).plusSeconds(1));
        bremse.fehlschlag(konto, adresse());
        assertThat(bremse.pruefen(konto, adresse())).isEmpty();
    }

    @Test
    void adresseSperrtNachFuenfFehlversuchenBisDasFensterEndet() {
        String adresse = adresse();
        for (int i = 0; i < 4; i++) {
            bremse.fehlschlag("konto:" + UUID.randomUUID(), adresse);
            uhr.vorstellen(Duration.ofMinutes(1));
        }
        assertThat(bremse.pruefen("konto:" + UUID.randomUUID(), adresse)).isEmpty();
        bremse.fehlschlag("konto:" + UUID.randomUUID(), adresse);
        assertThat(bremse.pruefen("konto:" + UUID.randomUUID(), adresse)).hasValueSatisfying(b -> {
            assertThat(b.wartezeit()).isEqualTo(Duration.ofMinutes(11));
            assertThat(b.schluessel()).isEqualTo(adresse);
        });
        assertThat(bremse.pruefen("konto:" + UUID.randomUUID(), adresse())).isEmpty();

        uhr.vorstellen(Duration.ofMinutes(11));
        assertThat(bremse.pruefen("konto:" + UUID.randomUUID(), adresse)).isEmpty();
    }

    @Test
    void nurDieErsteAbweisungEinerSperreWirdVermerkt() {
        String konto = "konto:" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            bremse.fehlschlag(konto, adresse());
        }
        assertThat(bremse.pruefen(konto, adresse())).map(Anmeldebremse.Bremsung::erstmals).hasValue(true);
        assertThat(bremse.pruefen(konto, adresse())).map(Anmeldebremse.Bremsung::erstmals).hasValue(false);
        uhr.vorstellen(Duration.ofSeconds(1));
        bremse.fehlschlag(konto, adresse());
        assertThat(bremse.pruefen(konto, adresse())).map(Anmeldebremse.Bremsung::erstmals).hasValue(true);
    }

    /** An address no other test and no earlier run uses. */
    static String adresse() {
        return "adresse:test-" + UUID.randomUUID();
    }
}
