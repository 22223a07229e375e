package de.teilhabe.platform.gremium;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A seat of a Gremium that no membership fills on the day looked at. */
@Serdeable
public record OffenerSitz(UUID sitzId, UUID gremiumId, int position, Mitgliedsrolle rolle, String funktion,
                          boolean nachThema) {
}
