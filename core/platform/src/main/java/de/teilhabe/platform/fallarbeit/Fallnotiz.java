package de.teilhabe.platform.fallarbeit;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A case note (Falldokumentation); notes are added, never changed. */
@Serdeable
public record Fallnotiz(UUID id, LocalDate am, String text, String verfasser) {
}
