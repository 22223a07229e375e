package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** An agenda item of a meeting, numbered from 1; may deal with an Anliegen. */
@Serdeable
public record TagesordnungspunktAnsicht(
        UUID id,
        UUID sitzungId,
        int position,
        String titel,
        @Nullable UUID anliegenId,
        @Nullable String ergebnis) {

    static TagesordnungspunktAnsicht von(Tagesordnungspunkt t) {
        return new TagesordnungspunktAnsicht(t.id(), t.sitzungId(), t.position(), t.titel(), t.anliegenId(),
                t.ergebnis());
    }
}
