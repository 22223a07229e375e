package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task in lists (task list across Gremien, meeting, Anliegen thread).
 *
 * @param zustaendig     name of the Gremium or person it is assigned to
 * @param gremium        the Gremium whose meeting issued it
 * @param ueberfaellig   due before the day looked at and not done
 */
@Serdeable
public record AuftragZeile(
        UUID id,
        String text,
        LocalDate faelligAm,
        Auftragsstatus status,
        boolean ueberfaellig,
        @Nullable UUID zustaendigGremiumId,
        @Nullable UUID zustaendigPersonId,
        String zustaendig,
        UUID gremiumId,
        String gremium,
        UUID sitzungId,
        LocalDate sitzungAm,
        @Nullable UUID beschlussId,
        @Nullable Integer beschlussNummer,
        long version) {
}
