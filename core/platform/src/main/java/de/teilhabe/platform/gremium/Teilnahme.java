package de.teilhabe.platform.gremium;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** Attendance of one member at one meeting. */
@MappedEntity("teilnahme")
public record Teilnahme(@Id UUID id, UUID sitzungId, UUID mitgliedschaftId, Teilnahmestatus status) {
}
