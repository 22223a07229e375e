package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * A Kommune in an onboarding request. {@code abhKommune} is the name of the Kommune whose
 * Ausländerbehörde serves this one; {@code null} means the Kreis's own ABH.
 */
@Serdeable
public record KommuneAntrag(
        @Nullable @NotBlank @Zeile String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable @Zeile String abhKommune) {
}
