package de.teilhabe.platform.zielgruppenbasis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the Kreis office enters for one Stand: program, Stichtag, source note and per Kommune the two counts.
 * {@code id} empty: a new Stand; otherwise the Stand to replace, with {@code version} the version last read. The
 * program of an existing Stand cannot change. Kommunen left out count 0 in the report.
 */
@Serdeable
public record ZielgruppenbasisDaten(
        @Nullable UUID id,
        @Nullable Long version,
        @Nullable @Zeile String programmId,
        @Nullable @NotNull(message = "{zielgruppenbasis.stichtag.fehlt}") LocalDate stichtag,
        @Nullable @Zeile String quelle,
        @Nullable List<@NotNull @Valid Wert> werte) {

    /** The counts of one Kommune. */
    @Serdeable
    public record Wert(@Nullable @NotNull UUID kommuneId, @Nullable @NotNull Integer geduldete,
                       @Nullable @NotNull Integer gestattete) {
    }

    public List<Wert> werteOderLeer() {
        return werte == null ? List.of() : werte;
    }

    /** The same inputs for the Stand {@code id} at {@code version} (the REST path and If-Match header). */
    public ZielgruppenbasisDaten fuer(UUID id, long version) {
        return new ZielgruppenbasisDaten(id, version, programmId, stichtag, quelle, werte);
    }
}
