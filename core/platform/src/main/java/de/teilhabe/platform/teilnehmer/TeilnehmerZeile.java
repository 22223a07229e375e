package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of the participant list; {@code name} as "Nachname, Vorname", {@code programme} by id. */
@Serdeable
public record TeilnehmerZeile(
        UUID id,
        String name,
        LocalDate geburtsdatum,
        String kommune,
        @Nullable Aufenthaltsstatus status,
        List<String> programme,
        @Nullable String fallverantwortung,
        boolean aktiv) {
}
