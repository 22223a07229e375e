package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An export grant as the Kreis admin sees it: who granted it when and why, and how it ended. */
@Serdeable
public record ExportfreigabeAnsicht(
        UUID id,
        String zweck,
        String erteiltVon,
        Instant erteiltAm,
        Instant gueltigBis,
        Freigabestatus status,
        @Nullable String widerrufenVon,
        @Nullable Instant widerrufenAm,
        @Nullable String eingeloestVon,
        @Nullable Instant eingeloestAm,
        @Nullable Long bytes) {

    static ExportfreigabeAnsicht von(Exportfreigabe f, Instant jetzt) {
        return new ExportfreigabeAnsicht(f.id(), f.zweck(), f.erteiltVon(), f.erteiltAm(), f.gueltigBis(),
                f.status(jetzt), f.widerrufenVon(), f.widerrufenAm(), f.eingeloestVon(), f.eingeloestAm(), f.bytes());
    }
}
