package de.teilhabe.platform.stelle;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** A post as read, with the Kommunen it is responsible for in the order entered (empty: the whole Kreis). */
@Serdeable
public record Stellenbesetzung(StelleAnsicht stelle, List<UUID> kommunen) {

    public Stellenbesetzung {
        kommunen = List.copyOf(kommunen);
    }

    static Stellenbesetzung von(Stelle stelle, List<UUID> kommunen) {
        return new Stellenbesetzung(StelleAnsicht.von(stelle), kommunen);
    }

    public UUID id() {
        return stelle.id();
    }

    public long version() {
        return stelle.version();
    }
}
