package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A contact person of a provider. */
@Serdeable
public record KontaktAnsicht(
        @Nullable UUID id,
        @Nullable UUID traegerId,
        @Nullable String name,
        @Nullable String funktion,
        @Nullable String telefon,
        @Nullable String email) {

    static KontaktAnsicht von(Kontakt k) {
        return new KontaktAnsicht(k.id(), k.traegerId(), k.name(), k.funktion(), k.telefon(), k.email());
    }
}
