package de.teilhabe.platform.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves on by hand, instead of the sign-in protection's system clock — with
 * {@code teilhabe.test.stellbare-uhr=true}. It starts at the real time (rows of earlier runs in the shared database
 * then lie in its past, as they do for the real clock).
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = StellbareUhr.AN, value = "true")
public class StellbareUhr extends Clock {

    public static final String AN = "teilhabe.test.stellbare-uhr";

    private volatile Instant jetzt = Instant.now();

    public void vorstellen(Duration dauer) {
        jetzt = jetzt.plus(dauer);
    }

    public void stellen(Instant zeitpunkt) {
        jetzt = zeitpunkt;
    }

    @Override
    public Instant instant() {
        return jetzt;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
