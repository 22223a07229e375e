package de.teilhabe.platform.sicherheit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnmeldeSperreTest {

    static class Uhr extends Clock {
        Instant jetzt = Instant.parse("2021-03-31T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return jetzt;
        }
    }

    @Test
    void sperrtNachFuenfFehlversuchenBisDerAeltesteAusDemFensterFaellt() {
        Uhr uhr = new Uhr();
        AnmeldeSperre sperre = new AnmeldeSperre(5, Duration.ofMinutes(15), uhr);
        for (int i = 0; i < 4; i++) {
            sperre.fehlschlag("benutzer:a");
            uhr.jetzt = uhr.jetzt.plusSeconds(60);
        }
        assertThat(sperre.gesperrt("benutzer:a")).isEmpty();
        sperre.fehlschlag("benutzer:a");
        assertThat(sperre.gesperrt("benutzer:a")).hasValue(Duration.ofMinutes(11));
        assertThat(sperre.gesperrt("benutzer:b")).isEmpty();

        uhr.jetzt = uhr.jetzt.plus(Duration.ofMinutes(11)).plusSeconds(1);
        assertThat(sperre.gesperrt("benutzer:a")).isEmpty();
    }

    @Test
    void erfolgSetztDenZaehlerZurueck() {
        AnmeldeSperre sperre = new AnmeldeSperre(2, Duration.ofMinutes(15), new Uhr());
        sperre.fehlschlag("benutzer:a");
        sperre.erfolg("benutzer:a");
        sperre.fehlschlag("benutzer:a");
        assertThat(sperre.gesperrt("benutzer:a")).isEmpty();
    }
}
