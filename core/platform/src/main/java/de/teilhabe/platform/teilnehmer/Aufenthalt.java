package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a participant's residence history: the status from {@code ab} on, until the next entry's date
 * ({@code bis}, derived).
 */
@Serdeable
public record Aufenthalt(UUID id, Aufenthaltsstatus status, LocalDate ab, @Nullable LocalDate bis,
                         @Nullable String notiz, Instant erfasstAm, String erfasstVon) implements Zeitraum {
}
