package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user enters for a membership.
 *
 * @param personId          the person (optional: a seat may be held by an organisation, „N. N.“)
 * @param sitzId            the seat of this Gremium the membership fills (optional)
 * @param rolle             Vorsitz, Geschäftsführung, Mitglied or Vertretung
 * @param funktion          e.g. „Kreisdirektor“, „Leitung Jobcenter“
 * @param organisation      e.g. „Jobcenter Rhein-Kreis Neuss“ (required)
 * @param organisationsart  Kommune, Behörde, Maßnahmeträger, Wohlfahrtsverband, Wirtschaft, Kreisverwaltung,
 *                          sonstige
 * @param vertrittId        for a Vertretung: the membership (same Gremium) it deputises; otherwise empty
 * @param von               first day (required, not before the Gremium was constituted)
 * @param bis               last day, empty while it lasts
 */
@Serdeable
public record MitgliedschaftDaten(
        @Nullable UUID personId,
        @Nullable UUID sitzId,
        @Nullable @NotNull Mitgliedsrolle rolle,
        @Nullable @Zeile String funktion,
        @Nullable @NotBlank @Zeile String organisation,
        @Nullable @NotNull Organisationsart organisationsart,
        @Nullable UUID vertrittId,
        @Nullable @NotNull LocalDate von,
        @Nullable LocalDate bis) {
}
