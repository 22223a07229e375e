package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a participant's residence history: the status from {@code ab} on. */
@Serdeable
public record Aufenthalt(UUID id, Aufenthaltsstatus status, LocalDate ab, @Nullable String notiz) {
}
