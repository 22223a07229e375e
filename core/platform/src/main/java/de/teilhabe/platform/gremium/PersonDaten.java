package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a user enters for a person: name (required), contact data, optionally the platform account. */
@Serdeable
public record PersonDaten(
        @Nullable String name,
        @Nullable String email,
        @Nullable String telefon,
        @Nullable String benutzername) {
}
