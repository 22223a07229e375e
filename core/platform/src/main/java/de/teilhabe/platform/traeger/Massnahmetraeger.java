package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

/** A provider (Maßnahmeträger) that runs Maßnahmen for the Kreis, e.g. "Caritas Sozialdienste Rhein-Kreis Neuss GmbH". */
@MappedEntity("massnahmetraeger")
public record Massnahmetraeger(
        @Id UUID id,
        String name,
        @Nullable String kurzname,
        @Nullable String rechtsform,
        @Nullable String notizen,
        @Version long version) {

    /** The short name the council tables use ("KJA", "TZG"), else the full name. */
    public String anzeigename() {
        return kurzname == null || kurzname.isBlank() ? name : kurzname;
    }
}
