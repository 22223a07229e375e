package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A Kreis admin's grant of one export to the operator, in the platform schema. Written once with the database's time,
 * then only closed: used up by the export or withdrawn ({@link ExportfreigabeRepository}).
 */
@MappedEntity(value = "export_freigabe", schema = "platform")
public record Exportfreigabe(
        @Id UUID id,
        UUID kreisId,
        String zweck,
        String erteiltVon,
        Instant erteiltAm,
        Instant gueltigBis,
        @Nullable String widerrufenVon,
        @Nullable Instant widerrufenAm,
        @Nullable String eingeloestVon,
        @Nullable Instant eingeloestAm,
        @Nullable Long bytes) {

    /** Where the grant stands at {@code jetzt}. */
    Freigabestatus status(Instant jetzt) {
        if (widerrufenAm != null) {
            return Freigabestatus.WIDERRUFEN;
        }
        if (eingeloestAm != null) {
            return Freigabestatus.EINGELOEST;
        }
        return gueltigBis.isAfter(jetzt) ? Freigabestatus.OFFEN : Freigabestatus.ABGELAUFEN;
    }
}
