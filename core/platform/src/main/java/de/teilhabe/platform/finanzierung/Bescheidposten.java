package de.teilhabe.platform.finanzierung;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.UUID;

/** The part of a Bescheid's amount for one Baustein in one calendar year. */
@MappedEntity("bescheid_posten")
public record Bescheidposten(@Id UUID id, UUID bescheidId, UUID bausteinId, int jahr, BigDecimal betrag) {
}
