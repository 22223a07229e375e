package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A decision taken in a meeting. {@code nummer} counts 1, 2, 3 … per Gremium and is given by the platform;
 * {@code anliegenId} names the Anliegen it decides on.
 */
@Serdeable
public record BeschlussAnsicht(
        UUID id,
        UUID gremiumId,
        UUID sitzungId,
        int nummer,
        String text,
        @Nullable UUID anliegenId,
        long version) {

    static BeschlussAnsicht von(Beschluss b) {
        return new BeschlussAnsicht(b.id(), b.gremiumId(), b.sitzungId(), b.nummer(), b.text(), b.anliegenId(),
                b.version());
    }
}
