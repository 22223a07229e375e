package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting of a Gremium; agenda and attendance are stored beside it and replaced with it. */
@MappedEntity("sitzung")
public record Sitzung(
        @Id UUID id,
        UUID gremiumId,
        LocalDate datum,
        @Nullable LocalTime beginn,
        @Nullable String ort,
        @Nullable String titel,
        @Nullable String protokoll,
        @Version long version) {

    static Sitzung neu(UUID id, UUID gremiumId, SitzungDaten d) {
        return new Sitzung(id, gremiumId, null, null, null, null, null, 0L).mit(d, 0L);
    }

    Sitzung mit(SitzungDaten d, long erwarteteVersion) {
        return new Sitzung(id, gremiumId, d.datum(), d.beginn(), Texte.oderNull(d.ort()), Texte.oderNull(d.titel()),
                Texte.oderNull(d.protokoll()), erwarteteVersion);
    }
}
