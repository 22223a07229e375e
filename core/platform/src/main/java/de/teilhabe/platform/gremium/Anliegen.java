package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A need raised in a Gremium, typically a Versorgungslücke reported by case management in the AG Fallebene.
 * Its thread (see {@link AnliegenVerlauf}): agenda items that deal with it (preparation, e.g. in the AG
 * Strukturebene), the decisions on it (Lenkungsgruppe) and their tasks back to the working groups. Describe
 * the gap in the service system, not the people: no personal data of participants belongs here.
 */
@MappedEntity("anliegen")
public record Anliegen(
        @Id UUID id,
        String titel,
        @Nullable String beschreibung,
        Anliegenart art,
        UUID herkunftGremiumId,
        String gemeldetVon,
        LocalDate gemeldetAm,
        @Version long version) {

    Anliegen mit(AnliegenDaten d, long erwarteteVersion) {
        return new Anliegen(id, Texte.oderLeer(d.titel()), Texte.oderNull(d.beschreibung()), d.art(),
                d.herkunftGremiumId(), gemeldetVon, d.gemeldetAm() == null ? gemeldetAm : d.gemeldetAm(),
                erwarteteVersion);
    }
}
