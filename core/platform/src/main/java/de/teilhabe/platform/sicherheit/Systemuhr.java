package de.teilhabe.platform.sicherheit;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the sign-in protection reads (UTC); tests replace the bean to move time on without waiting. */
@Factory
class Systemuhr {

    @Singleton
    Clock uhr() {
        return Clock.systemUTC();
    }
}
