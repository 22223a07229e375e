package de.teilhabe.platform.sicherheit;

import java.time.Duration;

/**
 * The back-off of an account: the first {@code frei} failures cost nothing; after that each failure makes the next
 * attempt wait, starting at {@code erste} and doubling up to {@code hoechste} (defaults 3, 1 s and 5 min: failures 4,
 * 5, 6 … wait 1 s, 2 s, 4 s … and from the 13th on 5 minutes).
 */
record Wartezeiten(int frei, Duration erste, Duration hoechste) {

    Wartezeiten {
        if (frei < 0 || erste.isNegative() || erste.isZero() || hoechste.compareTo(erste) < 0) {
            throw new IllegalArgumentException("free failures >= 0 and 0 < first wait <= longest wait");
        }
    }

    /** How long after the failure number {@code fehlversuche} (since the last success) the next attempt waits. */
    Duration nach(int fehlversuche) {
        int stufe = fehlversuche - frei - 1;
        if (stufe < 0) {
            return Duration.ZERO;
        }
        Duration warten = erste;
        for (int i = 0; i < stufe && warten.compareTo(hoechste) < 0; i++) {
            warten = warten.multipliedBy(2);
        }
        return warten.compareTo(hoechste) > 0 ? hoechste : warten;
    }
}
