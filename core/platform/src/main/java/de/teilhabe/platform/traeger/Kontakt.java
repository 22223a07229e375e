package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A contact person of a provider. */
@MappedEntity("traeger_kontakt")
public record Kontakt(
        @Id @Nullable UUID id,
        @Nullable UUID traegerId,
        @Nullable String name,
        @Nullable String funktion,
        @Nullable String telefon,
        @Nullable String email) {
}
