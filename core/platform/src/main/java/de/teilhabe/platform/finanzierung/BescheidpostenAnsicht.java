package de.teilhabe.platform.finanzierung;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.UUID;

/** The part of a Bescheid's amount for one Baustein in one calendar year. */
@Serdeable
public record BescheidpostenAnsicht(
        UUID id,
        UUID bescheidId,
        UUID bausteinId,
        int jahr,
        BigDecimal betrag) {

    static BescheidpostenAnsicht von(Bescheidposten b) {
        return new BescheidpostenAnsicht(b.id(), b.bescheidId(), b.bausteinId(), b.jahr(), b.betrag());
    }
}
