package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How often a Gremium meets: a structured part (every {@code abstandTage} days, or about
 * {@code sitzungenProJahr} times a year, and/or {@code nachBedarf}) and the wording as printed, e.g.
 * „ca. zweimal im Jahr sowie nach Bedarf“ or „alle 14 Tage“. Mirrors the plugin API's Sitzungsrhythmus.
 */
@Serdeable
@Embeddable
public record Rhythmus(
        @Nullable Integer abstandTage,
        @Nullable Integer sitzungenProJahr,
        boolean nachBedarf,
        @Nullable String beschreibung) {

    /** No rhythm fixed yet. */
    public static Rhythmus offen() {
        return new Rhythmus(null, null, false, null);
    }

    public static Rhythmus alleTage(int tage, String beschreibung) {
        return new Rhythmus(tage, null, false, beschreibung);
    }

    public static Rhythmus proJahrUndNachBedarf(int anzahl, String beschreibung) {
        return new Rhythmus(null, anzahl, true, beschreibung);
    }

    public static Rhythmus nachBedarf(String beschreibung) {
        return new Rhythmus(null, null, true, beschreibung);
    }

    Rhythmus bereinigt() {
        return new Rhythmus(abstandTage, sitzungenProJahr, nachBedarf, Texte.oderNull(beschreibung));
    }
}
