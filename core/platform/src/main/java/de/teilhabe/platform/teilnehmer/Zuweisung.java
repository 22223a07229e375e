package de.teilhabe.platform.teilnehmer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment of a participant to a Maßnahme from {@code ab} up to {@code bis} (the day it ended; open while
 * running); {@code massnahme} is its display text (Baustein, provider's short name, title, Kommunen, planned start,
 * e.g. "FB 1 · Caritas · Coaching · Neuss · ab 01.04.2020"), {@code programm} and {@code baustein} the program and
 * number of the Maßnahme's Förderbaustein.
 */
@Serdeable
public record Zuweisung(
        UUID id,
        UUID massnahmeId,
        String massnahme,
        String programm,
        int baustein,
        LocalDate ab,
        Zuweisungsergebnis ergebnis,
        @Nullable LocalDate bis,
        @Nullable String abbruchgrund,
        long version) implements Zeitraum {
}
