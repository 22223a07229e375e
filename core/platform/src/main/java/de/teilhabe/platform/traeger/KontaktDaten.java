package de.teilhabe.platform.traeger;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

/** A contact person of a provider. */
@Serdeable
public record KontaktDaten(
        @Nullable UUID id, // a contact the provider has already
        @Nullable UUID traegerId, // ignored
        @Nullable @NotBlank @Zeile String name,
        @Nullable @Zeile String funktion,
        @Nullable @Zeile String telefon,
        @Nullable @Zeile String email) {
}
