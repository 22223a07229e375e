package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A contact person of a provider. */
@Serdeable
public record KontaktDaten(
        @Nullable UUID id, // a contact the provider has already
        @Nullable UUID traegerId, // ignored
        @Nullable String name,
        @Nullable String funktion,
        @Nullable String telefon,
        @Nullable String email) {
}
