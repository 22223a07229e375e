package de.teilhabe.platform.massnahme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer of one Baustein by one provider in one or more Kommunen. {@code startHinweis} keeps what
 * the office writes when there is no date yet ("Voraussichtlich Mitte Juni 2021").
 */
@MappedEntity("massnahme")
public record Massnahme(
        @Id UUID id,
        @GeneratedValue @Nullable Long laufnummer,
        UUID bausteinId,
        UUID traegerId,
        @Nullable String titel,
        @Nullable LocalDate geplanterStart,
        @Nullable String startHinweis,
        @Nullable Integer kapazitaet,
        Status status,
        @Nullable String bemerkung,
        @Version long version) {
}
