package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Funds of one Baustein forwarded (weitergeleitet) to a provider by contract (Weiterleitungsvertrag) for a
 * period; {@code vertrag} is the contract's reference.
 */
@Serdeable
public record WeiterleitungAnsicht(
        UUID id,
        UUID bausteinId,
        UUID traegerId,
        BigDecimal betrag,
        LocalDate beginn,
        LocalDate ende,
        String vertrag,
        @Nullable String bemerkung,
        long version) {

    static WeiterleitungAnsicht von(Weiterleitung w) {
        return new WeiterleitungAnsicht(w.id(), w.bausteinId(), w.traegerId(), w.betrag(), w.beginn(), w.ende(),
                w.vertrag(), w.bemerkung(), w.version());
    }
}
