package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The steering structure of a program (or of the whole Kreis) on a day: the top Gremien with everything below.
 * A Gremium whose parent is not part of the selection is a top one here.
 */
@Serdeable
public record Struktur(@Nullable String programm, LocalDate stichtag, List<GremiumKnoten> wurzeln,
                       int anzahlGremien, int anzahlMitglieder) {
}
