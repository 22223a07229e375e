package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The Kreis's own share (Eigenanteil) for one Baustein in one year, from one source — e.g. Kreis Coesfeld:
 * ca. 13.500 € in 2020 from the Integrationspauschale. {@code bausteinId == null}: the amount is known only for
 * the program as a whole, not split over its Bausteine.
 */
@Serdeable
public record EigenanteilAnsicht(
        UUID id,
        String programmId,
        @Nullable UUID bausteinId,
        int jahr,
        BigDecimal betrag,
        String quelle,
        @Nullable String bemerkung,
        long version) {

    static EigenanteilAnsicht von(Eigenanteil e) {
        return new EigenanteilAnsicht(e.id(), e.programmId(), e.bausteinId(), e.jahr(), e.betrag(), e.quelle(),
                e.bemerkung(), e.version());
    }
}
