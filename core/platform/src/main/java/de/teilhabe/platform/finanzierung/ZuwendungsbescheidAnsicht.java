package de.teilhabe.platform.finanzierung;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Zuwendungsbescheid (or a Mittelrahmen) of one program: date, file number, Bewilligungszeitraum and the
 * total amount. Which Bausteine it covers and its amounts per Baustein and year are kept beside it
 * ({@link Bescheid}).
 */
@Serdeable
public record ZuwendungsbescheidAnsicht(
        UUID id,
        String programmId,
        Finanzierungsart art,
        @Nullable LocalDate datum,
        @Nullable String aktenzeichen,
        LocalDate beginn,
        LocalDate ende,
        BigDecimal betrag,
        @Nullable String bemerkung,
        long version) {

    static ZuwendungsbescheidAnsicht von(Zuwendungsbescheid z) {
        return new ZuwendungsbescheidAnsicht(z.id(), z.programmId(), z.art(), z.datum(), z.aktenzeichen(), z.beginn(),
                z.ende(), z.betrag(), z.bemerkung(), z.version());
    }
}
