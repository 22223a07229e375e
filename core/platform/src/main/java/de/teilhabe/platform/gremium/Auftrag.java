package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A task issued in a meeting (often by a decision), assigned to a Gremium or to a person, due on a day. */
@MappedEntity("auftrag")
public record Auftrag(
        @Id UUID id,
        UUID sitzungId,
        @Nullable UUID beschlussId,
        String text,
        @Nullable UUID zustaendigGremiumId,
        @Nullable UUID zustaendigPersonId,
        LocalDate faelligAm,
        Auftragsstatus status,
        @Version long version) {

    static Auftrag neu(UUID id, UUID sitzungId, AuftragDaten d) {
        return new Auftrag(id, sitzungId, null, null, null, null, null, null, 0L).mit(d, 0L);
    }

    Auftrag mit(AuftragDaten d, long erwarteteVersion) {
        return new Auftrag(id, sitzungId, d.beschlussId(), Texte.oderLeer(d.text()), d.zustaendigGremiumId(),
                d.zustaendigPersonId(), d.faelligAm(), d.status() == null ? Auftragsstatus.OFFEN : d.status(),
                erwarteteVersion);
    }
}
