package de.teilhabe.platform.teilnehmer;

import io.micronaut.serde.annotation.Serdeable;

/** A Kreis's retention period for one record type, in years after the case ended. */
@Serdeable
public record Aufbewahrungsregel(Aufbewahrungstyp typ, int jahre, int standardJahre, long version) {
}
