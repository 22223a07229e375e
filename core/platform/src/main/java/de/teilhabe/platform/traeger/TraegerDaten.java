package de.teilhabe.platform.traeger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the KI enters for a provider: names, legal form, contacts, the Kommunen it serves. */
@Serdeable
public record TraegerDaten(
        @Nullable String name,
        @Nullable String kurzname,
        @Nullable String rechtsform,
        @Nullable String notizen,
        @Nullable List<KontaktDaten> kontakte,
        @Nullable Set<UUID> kommunen) {

    public List<KontaktDaten> kontakteOderLeer() {
        return kontakte == null ? List.of() : kontakte;
    }

    public Set<UUID> kommunenOderLeer() {
        return kommunen == null ? Set.of() : kommunen;
    }
}
