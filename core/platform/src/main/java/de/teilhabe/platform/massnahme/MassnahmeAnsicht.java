package de.teilhabe.platform.massnahme;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One Maßnahme with its Kommunen (in order) and its whole status history. */
@Serdeable
public record MassnahmeAnsicht(Massnahme massnahme, List<UUID> kommunen, List<Statuseintrag> verlauf) {
}
