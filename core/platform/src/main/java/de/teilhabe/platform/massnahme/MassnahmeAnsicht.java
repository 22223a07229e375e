package de.teilhabe.platform.massnahme;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One Maßnahme with its Kommunen (in order) and its whole status history. */
@Serdeable
public record MassnahmeAnsicht(MassnahmeStamm massnahme, List<UUID> kommunen, List<StatuseintragAnsicht> verlauf) {

    static MassnahmeAnsicht von(Massnahme massnahme, List<UUID> kommunen, List<Statuseintrag> verlauf) {
        return new MassnahmeAnsicht(MassnahmeStamm.von(massnahme), kommunen,
                verlauf.stream().map(StatuseintragAnsicht::von).toList());
    }
}
