package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** The counts of one Kommune in a Stand: tolerated (Geduldete) and permitted (Gestattete) people. */
@MappedEntity("zielgruppenbasis_wert")
public record Zielgruppenwert(
        @Id @GeneratedValue @Nullable Long id,
        UUID standId,
        UUID kommuneId,
        int geduldete,
        int gestattete) {
}
