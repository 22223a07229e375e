package de.teilhabe.platform.massnahme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer of one Baustein by one provider in one or more Kommunen. {@code startHinweis} keeps what
 * the office writes when there is no date yet ("Voraussichtlich Mitte Juni 2021").
 */
@Serdeable
public record MassnahmeStamm(
        UUID id,
        @Nullable Long laufnummer,
        UUID bausteinId,
        UUID traegerId,
        @Nullable String titel,
        @Nullable LocalDate geplanterStart,
        @Nullable String startHinweis,
        @Nullable Integer kapazitaet,
        Status status,
        @Nullable String bemerkung,
        long version) {

    static MassnahmeStamm von(Massnahme m) {
        return new MassnahmeStamm(m.id(), m.laufnummer(), m.bausteinId(), m.traegerId(), m.titel(), m.geplanterStart(),
                m.startHinweis(), m.kapazitaet(), m.status(), m.bemerkung(), m.version());
    }
}
