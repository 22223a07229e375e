package de.teilhabe.platform.teilnehmer;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the participant search and the number of all matches. */
@Serdeable
public record Trefferliste(List<TeilnehmerZeile> zeilen, long gesamt) {
}
