package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Report (g): the primary target group per Kommune as the foreigners' offices report it — „Primäre Zielgruppe im
 * Rhein-Kreis Neuss – Ausgangslage 31.12.2019“. {@code stichtag} is the date asked for; {@code stand} the date of
 * the Stand used (the newest at or before it) with its {@code quelle}. Every Kommune of the Kreis by name (German
 * collation), 0 where the Stand has no counts, and the sum row. {@code stand == null}: there is no Stand at or
 * before the date; then {@code zeilen} is empty and the sum 0.
 */
@Serdeable
public record Basistabelle(String kreis, String programm, LocalDate stichtag, @Nullable LocalDate stand,
                           @Nullable String quelle, List<Basiszeile> zeilen, Basiszeile summe) {

    public Basistabelle {
        zeilen = List.copyOf(zeilen);
    }

    /** Whether a Stand at or before the date exists. */
    public boolean vorhanden() {
        return stand != null;
    }
}
