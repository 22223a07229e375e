package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A provider (Maßnahmeträger) that runs Maßnahmen for the Kreis, e.g. "Caritas Sozialdienste Rhein-Kreis Neuss GmbH". */
@Serdeable
public record TraegerAnsicht(
        UUID id,
        String name,
        @Nullable String kurzname,
        @Nullable String rechtsform,
        @Nullable String notizen,
        long version) {

    static TraegerAnsicht von(Massnahmetraeger t) {
        return new TraegerAnsicht(t.id(), t.name(), t.kurzname(), t.rechtsform(), t.notizen(), t.version());
    }
}
