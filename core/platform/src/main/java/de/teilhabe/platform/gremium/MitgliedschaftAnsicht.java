package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One person's (or organisation's) seat in a Gremium for a period. Ending it sets {@code bis}; it is never deleted. */
@Serdeable
public record MitgliedschaftAnsicht(
        UUID id,
        UUID gremiumId,
        @Nullable UUID personId,
        @Nullable UUID sitzId,
        Mitgliedsrolle rolle,
        @Nullable String funktion,
        String organisation,
        Organisationsart organisationsart,
        @Nullable UUID vertrittId,
        LocalDate von,
        @Nullable LocalDate bis,
        long version) {

    static MitgliedschaftAnsicht von(Mitgliedschaft m) {
        return new MitgliedschaftAnsicht(m.id(), m.gremiumId(), m.personId(), m.sitzId(), m.rolle(), m.funktion(),
                m.organisation(), m.organisationsart(), m.vertrittId(), m.von(), m.bis(), m.version());
    }
}
