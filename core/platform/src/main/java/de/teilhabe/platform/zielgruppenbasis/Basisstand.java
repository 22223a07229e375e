package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One Stand as read: the header with its version and the counts of the Kommunen that have some. */
@Serdeable
public record Basisstand(Zielgruppenstand stamm, List<Zielgruppenwert> werte) {

    public Basisstand {
        werte = List.copyOf(werte);
    }

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }
}
