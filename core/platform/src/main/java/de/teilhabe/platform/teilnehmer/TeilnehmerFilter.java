package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The participant search; {@code null} fields do not restrict. {@code suche} is a case-insensitive name prefix
 * of the surname or the first name, or "Nachname, Vorname" (prefixes of both); {@code status} is the current
 * residence status; {@code seite} counts from 0, {@code groesse} is capped at 200 (0: 50).
 */
@Serdeable
public record TeilnehmerFilter(
        @Nullable String suche,
        @Nullable UUID kommuneId,
        @Nullable Aufenthaltsstatus status,
        @Nullable String programm,
        @Nullable String fallverantwortung,
        @Nullable Boolean aktiv,
        int seite,
        int groesse) {

    /** Everything, first page. */
    public static TeilnehmerFilter alle() {
        return new TeilnehmerFilter(null, null, null, null, null, null, 0, 50);
    }
}
