package de.teilhabe.platform.kommune;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A town of the Kreis (kreisangehörige Kommune). {@code abhKommuneId} names the Kommune whose
 * Ausländerbehörde serves this one; {@code null} means the Kreis's own ABH.
 */
@Serdeable
public record KommuneAnsicht(
        UUID id,
        String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable UUID abhKommuneId,
        long version) {

    static KommuneAnsicht von(Kommune k) {
        return new KommuneAnsicht(k.id(), k.name(), k.eigeneAuslaenderbehoerde(), k.eigenesJugendamt(),
                k.integrationsrat(), k.abhKommuneId(), k.version());
    }
}
