package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A Gremium with everything its detail page shows.
 *
 * @param uebergeordnet  the parent Gremium's name
 * @param untergremien   the Gremien directly below
 * @param mitglieder     all memberships, current and past (history), current first
 * @param sitze          its seats (from the template or added)
 * @param sitzungen      its meetings, newest first
 */
@Serdeable
public record GremiumAnsicht(
        GremiumStamm gremium,
        @Nullable String uebergeordnet,
        List<Verweis> untergremien,
        List<Mitglied> mitglieder,
        List<SitzAnsicht> sitze,
        List<SitzungKurz> sitzungen) {

    /** Id and name of another Gremium. */
    @Serdeable
    public record Verweis(UUID id, String name) {
    }
}
