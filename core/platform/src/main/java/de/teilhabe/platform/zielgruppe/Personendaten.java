package de.teilhabe.platform.zielgruppe;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person's data as entered for the target-group check: the residence status, the features (e.g.
 * {@code GEFAEHRDER}, {@code BETREUT_JMD}) and statutory services (e.g. {@code SGB_II}) by their names
 * in the plugin API; {@code stichtag} defaults to today.
 */
@Serdeable
public record Personendaten(
        @Nullable LocalDate geburtsdatum,
        @Nullable @Zeile String aufenthaltsstatus,
        @Nullable Set<String> merkmale,
        @Nullable Set<String> leistungen,
        @Nullable LocalDate stichtag) {
}
