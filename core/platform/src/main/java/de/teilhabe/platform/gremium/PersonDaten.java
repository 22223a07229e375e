package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** What a user enters for a person: name (required), contact data, optionally the platform account. */
@Serdeable
public record PersonDaten(
        @Nullable @NotBlank @Zeile String name,
        @Nullable @Zeile String email,
        @Nullable @Zeile String telefon,
        @Nullable @Zeile String benutzername) {
}
