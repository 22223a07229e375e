package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting of a Gremium; agenda and attendance are stored beside it and replaced with it. */
@Serdeable
public record SitzungStamm(
        UUID id,
        UUID gremiumId,
        LocalDate datum,
        @Nullable LocalTime beginn,
        @Nullable String ort,
        @Nullable String titel,
        @Nullable String protokoll,
        long version) {

    static SitzungStamm von(Sitzung s) {
        return new SitzungStamm(s.id(), s.gremiumId(), s.datum(), s.beginn(), s.ort(), s.titel(), s.protokoll(),
                s.version());
    }
}
