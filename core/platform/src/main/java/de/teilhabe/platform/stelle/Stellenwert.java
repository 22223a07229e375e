package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.UUID;

/** One input value: for the whole Kreis ({@code kommuneId == null}) or for one Kommune. */
@MappedEntity("stellen_wert")
public record Stellenwert(
        @Id @GeneratedValue @Nullable Long id,
        UUID berechnungId,
        String eingabe,
        @Nullable UUID kommuneId,
        BigDecimal wert) {
}
