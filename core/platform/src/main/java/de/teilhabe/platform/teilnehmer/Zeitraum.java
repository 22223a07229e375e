package de.teilhabe.platform.teilnehmer;

import java.time.LocalDate;

/**
 * A dated fact that holds from {@link #ab()} up to the day before {@link #bis()} (open if {@code null}): the
 * end day itself no longer counts — de-registered on 31.03. means not active on 31.03. (ADR 0002).
 */
interface Zeitraum {

    LocalDate ab();

    LocalDate bis();

    /** Whether the fact holds on {@code tag}. */
    default boolean giltAm(LocalDate tag) {
        return !ab().isAfter(tag) && (bis() == null || bis().isAfter(tag));
    }

    /** Whether two periods share a day. */
    default boolean ueberschneidet(Zeitraum anderer) {
        boolean leer = bis() != null && !bis().isAfter(ab());
        boolean andererLeer = anderer.bis() != null && !anderer.bis().isAfter(anderer.ab());
        return !leer && !andererLeer && (anderer.bis() == null || ab().isBefore(anderer.bis()))
                && (bis() == null || anderer.ab().isBefore(bis()));
    }
}
