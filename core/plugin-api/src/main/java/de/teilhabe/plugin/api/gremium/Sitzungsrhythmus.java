package de.teilhabe.plugin.api.gremium;

import java.util.Objects;
import java.util.Optional;

/**
 * How often a body meets.
 *
 * @param abstandTage       fixed interval in days (e.g. 14), if any
 * @param sitzungenProJahr  planned meetings per year (e.g. about 2), if any
 * @param nachBedarf        additionally / only when needed
 * @param beschreibung      German description as printed, e.g. „ca. zweimal im Jahr sowie nach Bedarf“
 */
public record Sitzungsrhythmus(Optional<Integer> abstandTage, Optional<Integer> sitzungenProJahr,
                               boolean nachBedarf, String beschreibung) {

    public Sitzungsrhythmus {
        Objects.requireNonNull(abstandTage, "abstandTage");
        Objects.requireNonNull(sitzungenProJahr, "sitzungenProJahr");
        Objects.requireNonNull(beschreibung, "beschreibung");
        abstandTage.ifPresent(t -> {
            if (t < 1) {
                throw new IllegalArgumentException("Sitzungsabstand muss mindestens einen Tag betragen");
            }
        });
    }

    /** Every {@code tage} days. */
    public static Sitzungsrhythmus alleTage(int tage, String beschreibung) {
        return new Sitzungsrhythmus(Optional.of(tage), Optional.empty(), false, beschreibung);
    }

    /** About {@code anzahl} times a year, plus when needed. */
    public static Sitzungsrhythmus proJahrUndNachBedarf(int anzahl, String beschreibung) {
        return new Sitzungsrhythmus(Optional.empty(), Optional.of(anzahl), true, beschreibung);
    }

    /** Only when needed / not fixed by the program. */
    public static Sitzungsrhythmus nachBedarf(String beschreibung) {
        return new Sitzungsrhythmus(Optional.empty(), Optional.empty(), true, beschreibung);
    }
}
