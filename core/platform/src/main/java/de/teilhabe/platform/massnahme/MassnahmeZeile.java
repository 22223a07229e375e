package de.teilhabe.platform.massnahme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the Maßnahmen table: what the council tables show, plus what the grid needs to edit. */
@Serdeable
public record MassnahmeZeile(
        UUID id,
        String programmId,
        int bausteinNummer,
        String bausteinName,
        UUID traegerId,
        String traeger,
        String kommunen,
        @Nullable String titel,
        @Nullable LocalDate geplanterStart,
        @Nullable String startHinweis,
        @Nullable Integer kapazitaet,
        Status status,
        @Nullable String statusGrund,
        @Nullable String bemerkung,
        long version) {
}
