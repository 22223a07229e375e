package de.teilhabe.platform.teilnehmer;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a retention check found on {@code stichtag} — or, after a run ({@code ausgefuehrt}), what it anonymised:
 * the count per record type and the records by id only, never by name.
 */
@Serdeable
public record Aufbewahrungsbericht(LocalDate stichtag, boolean ausgefuehrt, Map<Aufbewahrungstyp, Integer> anzahl,
                                   List<Faellig> faellig) {

    public Aufbewahrungsbericht {
        anzahl = Map.copyOf(anzahl);
        faellig = List.copyOf(faellig);
    }

    /** One record due: its type, its id, the participant it belongs to, and since when it is due. */
    @Serdeable
    public record Faellig(Aufbewahrungstyp typ, UUID id, UUID teilnehmerId, LocalDate faelligAb) {
    }

    /** Records found in all types. */
    public int gesamt() {
        return anzahl.values().stream().mapToInt(Integer::intValue).sum();
    }
}
