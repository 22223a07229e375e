package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** The counts of one Kommune in a Stand: tolerated (Geduldete) and permitted (Gestattete) people. */
@Serdeable
public record ZielgruppenwertAnsicht(
        @Nullable Long id,
        UUID standId,
        UUID kommuneId,
        int geduldete,
        int gestattete) {

    static ZielgruppenwertAnsicht von(Zielgruppenwert z) {
        return new ZielgruppenwertAnsicht(z.id(), z.standId(), z.kommuneId(), z.geduldete(), z.gestattete());
    }
}
