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
public record Bescheid(Zuwendungsbescheid stamm, List<UUID> bausteine, List<Bescheidposten> posten) {

    public Bescheid {
        bausteine = List.copyOf(bausteine);
        posten = List.copyOf(posten);
    }

    public UUID id() {
        return stamm.id();
    }

    public long version() {
        return stamm.version();
    }

    /** Sum of the amounts per Baustein and year. */
    public BigDecimal aufgeteilt() {
        return posten.stream().map(Bescheidposten::betrag).reduce(Geld.NULL, BigDecimal::add);
    }

    /** Total minus {@link #aufgeteilt()}; never negative (the check refuses more). */
    public BigDecimal nichtAufgeteilt() {
        return stamm.betrag().subtract(aufgeteilt()).max(Geld.NULL);
    }
}
