package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A need raised in a Gremium, typically a Versorgungslücke reported by case management in the AG Fallebene.
 * Its thread (see {@link AnliegenVerlauf}): agenda items that deal with it (preparation, e.g. in the AG
 * Strukturebene), the decisions on it (Lenkungsgruppe) and their tasks back to the working groups. Describe
 * the gap in the service system, not the people: no personal data of participants belongs here.
 */
@Serdeable
public record AnliegenAnsicht(
        UUID id,
        String titel,
        @Nullable String beschreibung,
        Anliegenart art,
        UUID herkunftGremiumId,
        String gemeldetVon,
        LocalDate gemeldetAm,
        long version) {

    static AnliegenAnsicht von(Anliegen a) {
        return new AnliegenAnsicht(a.id(), a.titel(), a.beschreibung(), a.art(), a.herkunftGremiumId(), a.gemeldetVon(),
                a.gemeldetAm(), a.version());
    }
}
