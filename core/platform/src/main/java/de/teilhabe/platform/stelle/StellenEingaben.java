package de.teilhabe.platform.stelle;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** A formula's inputs at a Stichtag as read: the header with its version and all values. */
@Serdeable
public record StellenEingaben(StellenberechnungAnsicht stamm, List<StellenwertAnsicht> werte) {

    public StellenEingaben {
        werte = List.copyOf(werte);
    }

    static StellenEingaben von(Stellenberechnung stamm, List<Stellenwert> werte) {
        return new StellenEingaben(StellenberechnungAnsicht.von(stamm),
                werte.stream().map(StellenwertAnsicht::von).toList());
    }

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }
}
