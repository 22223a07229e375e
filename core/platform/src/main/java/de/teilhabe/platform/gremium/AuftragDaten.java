package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Freitext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user enters for a task. Exactly one of {@code zustaendigGremiumId} and {@code zustaendigPersonId};
 * {@code faelligAm} is required; {@code status} defaults to OFFEN.
 *
 * @param beschlussId  the decision (of the same meeting) this task carries out, if any
 */
@Serdeable
public record AuftragDaten(
        @Nullable @NotBlank @Freitext String text,
        @Nullable UUID beschlussId,
        @Nullable UUID zustaendigGremiumId,
        @Nullable UUID zustaendigPersonId,
        @Nullable @NotNull(message = "{gremium.auftrag.faellig.fehlt}") LocalDate faelligAm,
        @Nullable Auftragsstatus status) {
}
