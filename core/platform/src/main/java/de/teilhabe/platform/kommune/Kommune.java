package de.teilhabe.platform.kommune;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

/**
 * A town of the Kreis (kreisangehörige Kommune). {@code abhKommuneId} names the Kommune whose
 * Ausländerbehörde serves this one; {@code null} means the Kreis's own ABH.
 */
@MappedEntity("kommune")
public record Kommune(
        @Id UUID id,
        String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable UUID abhKommuneId,
        @Version long version) {

    static Kommune neu(UUID id, KommuneDaten daten) {
        return new Kommune(id, daten.name().trim(), daten.eigeneAuslaenderbehoerde(), daten.eigenesJugendamt(),
                daten.integrationsrat(), daten.abhKommuneId(), 0L);
    }

    Kommune mit(KommuneDaten daten, long erwarteteVersion) {
        return new Kommune(id, daten.name().trim(), daten.eigeneAuslaenderbehoerde(), daten.eigenesJugendamt(),
                daten.integrationsrat(), daten.abhKommuneId(), erwarteteVersion);
    }
}
