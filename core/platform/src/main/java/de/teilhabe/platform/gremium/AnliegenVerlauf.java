package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The thread of an Anliegen through the structure (seed 004): raised at case level ({@code herkunftGremium}),
 * prepared where it was on an agenda ({@code befassungen}, e.g. the AG Strukturebene), decided
 * ({@code beschluesse}, e.g. by the Lenkungsgruppe), and carried out by the tasks of those decisions (e.g. back
 * to the working groups). {@code status} is derived from that.
 */
@Serdeable
public record AnliegenVerlauf(
        AnliegenAnsicht anliegen,
        String herkunftGremium,
        Anliegenstatus status,
        List<Befassung> befassungen,
        List<Entscheidung> beschluesse) {

    /**
     * An agenda item that dealt with the Anliegen. {@code ergebnis} is left out for readers without access to
     * minutes.
     */
    @Serdeable
    public record Befassung(UUID gremiumId, String gremium, @Nullable Ebene ebene, UUID sitzungId, LocalDate datum,
                            int position, String titel, @Nullable String ergebnis) {
    }

    /** A decision on the Anliegen with the tasks it issued. */
    @Serdeable
    public record Entscheidung(UUID beschlussId, int nummer, String text, UUID gremiumId, String gremium,
                               UUID sitzungId, LocalDate datum, List<AuftragZeile> auftraege) {
    }
}
