package de.teilhabe.platform.baustein;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Förderbaustein of a program as this Kreis uses it: period, budget, state share. Held by the Kreis
 * ({@code kommuneId == null}) or by one of its Kommunen (e.g. Stadt Rheine holds Baustein 6).
 */
@Serdeable
public record BausteinAnsicht(
        UUID id,
        String programmId,
        int nummer,
        String name,
        @Nullable UUID kommuneId,
        LocalDate beginn,
        LocalDate ende,
        BigDecimal budget,
        BigDecimal landesanteilProzent,
        @Nullable String notizen,
        long version) {

    static BausteinAnsicht von(Baustein b) {
        return new BausteinAnsicht(b.id(), b.programmId(), b.nummer(), b.name(), b.kommuneId(), b.beginn(), b.ende(),
                b.budget(), b.landesanteilProzent(), b.notizen(), b.version());
    }
}
