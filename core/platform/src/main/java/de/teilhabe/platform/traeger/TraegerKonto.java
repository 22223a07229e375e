package de.teilhabe.platform.traeger;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A Maßnahmeträger account of the Kreis and the provider it works for. */
@MappedEntity("traeger_konto")
public record TraegerKonto(@Id String benutzername, UUID traegerId) {
}
