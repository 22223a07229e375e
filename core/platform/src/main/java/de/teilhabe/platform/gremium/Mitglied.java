package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A membership as shown in the structure and the Gremium detail: with the person's name (no contact data) and,
 * for a Vertretung, whom it deputises.
 *
 * @param person   the person's name; {@code null} when the seat is held by the organisation („N. N.“)
 * @param vertritt for a Vertretung: name (or function and organisation) of the deputised member
 */
@Serdeable
public record Mitglied(
        UUID id,
        UUID gremiumId,
        @Nullable UUID personId,
        @Nullable String person,
        @Nullable UUID sitzId,
        Mitgliedsrolle rolle,
        @Nullable String funktion,
        String organisation,
        Organisationsart organisationsart,
        @Nullable UUID vertrittId,
        @Nullable String vertritt,
        LocalDate von,
        @Nullable LocalDate bis,
        long version) {

    /** How the member is named in lists: the person, else the function at the organisation. */
    public String bezeichnung() {
        if (person != null) {
            return person;
        }
        return funktion == null ? organisation : funktion + " (" + organisation + ")";
    }

    Mitglied mitVertritt(@Nullable String name) {
        return new Mitglied(id, gremiumId, personId, person, sitzId, rolle, funktion, organisation, organisationsart,
                vertrittId, name, von, bis, version);
    }
}
