package de.teilhabe.platform.sicherheit;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limit for failed sign-ins, per user name and per client address: after too many failures in
 * the window, further attempts are refused until the oldest failure leaves the window.
 */
@Singleton
class AnmeldeSperre {

    private final int maxFehlversuche;
    private final Duration fenster;
    private final Clock uhr;
    private final Map<String, Deque<Instant>> fehlversuche = new ConcurrentHashMap<>();

    @Inject
    AnmeldeSperre(@Value("${teilhabe.anmeldung.max-fehlversuche:5}") int maxFehlversuche,
                  @Value("${teilhabe.anmeldung.sperre-minuten:15}") int sperreMinuten) {
        this(maxFehlversuche, Duration.ofMinutes(sperreMinuten), Clock.systemUTC());
    }

    AnmeldeSperre(int maxFehlversuche, Duration fenster, Clock uhr) {
        this.maxFehlversuche = maxFehlversuche;
        this.fenster = fenster;
        this.uhr = uhr;
    }

    /** How long the given keys are still locked, if they are. */
    Optional<Duration> gesperrt(String... schluessel) {
        Instant jetzt = uhr.instant();
        Duration laengste = Duration.ZERO;
        for (String s : schluessel) {
            Deque<Instant> liste = fehlversuche.get(s);
            if (liste == null) {
                continue;
            }
            synchronized (liste) {
                liste.removeIf(t -> t.plus(fenster).isBefore(jetzt));
                if (liste.size() >= maxFehlversuche) {
                    Duration rest = Duration.between(jetzt, liste.peekFirst().plus(fenster));
                    laengste = rest.compareTo(laengste) > 0 ? rest : laengste;
                }
            }
        }
        return laengste.isZero() ? Optional.empty() : Optional.of(laengste);
    }

    void fehlschlag(String... schluessel) {
        Instant jetzt = uhr.instant();
        for (String s : schluessel) {
            Deque<Instant> liste = fehlversuche.computeIfAbsent(s, k -> new ArrayDeque<>());
            synchronized (liste) {
                liste.addLast(jetzt);
                while (liste.size() > maxFehlversuche) {
                    liste.removeFirst();
                }
            }
        }
    }

    void erfolg(String benutzerSchluessel) {
        fehlversuche.remove(benutzerSchluessel);
    }
}
