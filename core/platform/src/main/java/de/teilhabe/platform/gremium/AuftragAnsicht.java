package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A task issued in a meeting (often by a decision), assigned to a Gremium or to a person, due on a day. */
@Serdeable
public record AuftragAnsicht(
        UUID id,
        UUID sitzungId,
        @Nullable UUID beschlussId,
        String text,
        @Nullable UUID zustaendigGremiumId,
        @Nullable UUID zustaendigPersonId,
        LocalDate faelligAm,
        Auftragsstatus status,
        long version) {

    static AuftragAnsicht von(Auftrag a) {
        return new AuftragAnsicht(a.id(), a.sitzungId(), a.beschlussId(), a.text(), a.zustaendigGremiumId(),
                a.zustaendigPersonId(), a.faelligAm(), a.status(), a.version());
    }
}
