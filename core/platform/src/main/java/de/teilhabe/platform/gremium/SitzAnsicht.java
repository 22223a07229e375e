package de.teilhabe.platform.gremium;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A seat a Gremium should have, e.g. „Vorsitz: Kreisdirektor/in“ or „Mitglied: Leitung Jobcenter“. A membership
 * may fill it ({@link Mitgliedschaft#sitzId()}); the structure view lists the seats nobody fills at the moment.
 * {@code nachThema}: filled per topic by the coordinating office, so an empty one is no gap.
 */
@Serdeable
public record SitzAnsicht(
        UUID id,
        UUID gremiumId,
        int position,
        Mitgliedsrolle rolle,
        String funktion,
        boolean nachThema,
        long version) {

    static SitzAnsicht von(Sitz s) {
        return new SitzAnsicht(s.id(), s.gremiumId(), s.position(), s.rolle(), s.funktion(), s.nachThema(),
                s.version());
    }
}
