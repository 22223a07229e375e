package de.teilhabe.platform.finanzierung;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A Zuwendungsbescheid as read: the Bausteine it covers (in the order entered) and its amounts per Baustein and
 * year. {@link #nichtAufgeteilt()} is the part of the total not yet split over Bausteine and years.
 */
@Serdeable
public record Bescheid(ZuwendungsbescheidAnsicht stamm, List<UUID> bausteine, List<BescheidpostenAnsicht> posten) {

    public Bescheid {
        bausteine = List.copyOf(bausteine);
        posten = List.copyOf(posten);
    }

    static Bescheid von(Zuwendungsbescheid stamm, List<UUID> bausteine, List<Bescheidposten> posten) {
        return new Bescheid(ZuwendungsbescheidAnsicht.von(stamm), bausteine,
                posten.stream().map(BescheidpostenAnsicht::von).toList());
    }

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }

    /** Sum of the amounts per Baustein and year. */
    public BigDecimal aufgeteilt() {
        return posten.stream().map(BescheidpostenAnsicht::betrag).reduce(Geld.NULL, BigDecimal::add);
    }

    /** Total minus {@link #aufgeteilt()}; never negative (the check refuses more). */
    public BigDecimal nichtAufgeteilt() {
        return stamm.betrag().subtract(aufgeteilt()).max(Geld.NULL);
    }
}
