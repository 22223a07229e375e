package de.teilhabe.platform.baustein;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Förderbaustein of a program as this Kreis uses it: period, budget, state share. Held by the Kreis
 * ({@code kommuneId == null}) or by one of its Kommunen (e.g. Stadt Rheine holds Baustein 6).
 */
@MappedEntity("baustein")
public record Baustein(
        @Id UUID id,
        String programmId,
        int nummer,
        String name,
        @Nullable UUID kommuneId,
        LocalDate beginn,
        LocalDate ende,
        BigDecimal budget,
        BigDecimal landesanteilProzent,
        @Nullable String notizen,
        @Version long version) {

    /** "FB 1" as the council tables write it. */
    public String kurz() {
        return "FB " + nummer;
    }
}
