package de.teilhabe.platform.zielgruppenbasis;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One Stand as read: the header with its version and the counts of the Kommunen that have some. */
@Serdeable
public record Basisstand(ZielgruppenstandAnsicht stamm, List<ZielgruppenwertAnsicht> werte) {

    public Basisstand {
        werte = List.copyOf(werte);
    }

    static Basisstand von(Zielgruppenstand stamm, List<Zielgruppenwert> werte) {
        return new Basisstand(ZielgruppenstandAnsicht.von(stamm),
                werte.stream().map(ZielgruppenwertAnsicht::von).toList());
    }

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }
}
