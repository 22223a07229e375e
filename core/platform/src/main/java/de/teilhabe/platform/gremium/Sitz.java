package de.teilhabe.platform.gremium;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

/**
 * A seat a Gremium should have, e.g. „Vorsitz: Kreisdirektor/in“ or „Mitglied: Leitung Jobcenter“. A membership
 * may fill it ({@link Mitgliedschaft#sitzId()}); the structure view lists the seats nobody fills at the moment.
 * {@code nachThema}: filled per topic by the coordinating office, so an empty one is no gap.
 */
@MappedEntity("gremium_sitz")
public record Sitz(
        @Id UUID id,
        UUID gremiumId,
        int position,
        Mitgliedsrolle rolle,
        String funktion,
        boolean nachThema,
        @Version long version) {
}
