package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A Kommune in an onboarding request. {@code abhKommune} is the name of the Kommune whose
 * Ausländerbehörde serves this one; {@code null} means the Kreis's own ABH.
 */
@Serdeable
public record KommuneAntrag(
        @Nullable String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable String abhKommune) {
}
