package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting in lists: when, where, what; no minutes. */
@Serdeable
public record SitzungKurz(UUID id, UUID gremiumId, LocalDate datum, @Nullable LocalTime beginn, @Nullable String ort,
                          @Nullable String titel, long version) {

    static SitzungKurz von(Sitzung s) {
        return new SitzungKurz(s.id(), s.gremiumId(), s.datum(), s.beginn(), s.ort(), s.titel(), s.version());
    }
}
