package de.teilhabe.platform.teilnehmer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Starts the retention run every night ({@code teilhabe.aufbewahrung.cron}, default 02:30); not there at all with
 * {@code teilhabe.aufbewahrung.aktiv=false} (as in the tests).
 */
@Singleton
@Requires(property = "teilhabe.aufbewahrung.aktiv", notEquals = "false")
class AufbewahrungsZeitplan {

    private final Aufbewahrungslauf lauf;

    AufbewahrungsZeitplan(Aufbewahrungslauf lauf) {
        this.lauf = lauf;
    }

    @Scheduled(cron = "${teilhabe.aufbewahrung.cron:0 30 2 * * *}")
    void nachts() {
        lauf.alleKreise(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
    }
}
