package de.teilhabe.platform.traeger;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A provider with its contacts and the Kommunen it serves, as read. */
@Serdeable
public record Traeger(TraegerAnsicht stamm, List<KontaktAnsicht> kontakte, Set<UUID> kommunen) {

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }
}
