package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** An agenda item of a meeting, numbered from 1; may deal with an Anliegen. */
@MappedEntity("tagesordnungspunkt")
public record Tagesordnungspunkt(
        @Id UUID id,
        UUID sitzungId,
        int position,
        String titel,
        @Nullable UUID anliegenId,
        @Nullable String ergebnis) {
}
