package de.teilhabe.platform.stelle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The posts a program's formula grants from the inputs at a Stichtag, as the plugin computed them, with the
 * calculation steps and the rounding rule to print; {@code jeKommune} only where the formula distributes.
 */
@Serdeable
public record Stellenanspruch(String programmId, String schluesselId, String bezeichnung, LocalDate stichtag,
                              BigDecimal stellen, List<Anteil> jeKommune, List<String> rechenweg,
                              String rundungsregel, @Nullable UUID berechnungId) {

    public Stellenanspruch {
        jeKommune = List.copyOf(jeKommune);
        rechenweg = List.copyOf(rechenweg);
    }

    /** One Kommune's share: the input it was computed from ({@code grundlage}) and its posts. */
    @Serdeable
    public record Anteil(UUID kommuneId, String kommune, BigDecimal grundlage, BigDecimal stellen) {
    }
}
