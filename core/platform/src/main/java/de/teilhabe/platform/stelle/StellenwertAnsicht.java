package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.UUID;

/** One input value: for the whole Kreis ({@code kommuneId == null}) or for one Kommune. */
@Serdeable
public record StellenwertAnsicht(
        @Nullable Long id,
        UUID berechnungId,
        String eingabe,
        @Nullable UUID kommuneId,
        BigDecimal wert) {

    static StellenwertAnsicht von(Stellenwert s) {
        return new StellenwertAnsicht(s.id(), s.berechnungId(), s.eingabe(), s.kommuneId(), s.wert());
    }
}
