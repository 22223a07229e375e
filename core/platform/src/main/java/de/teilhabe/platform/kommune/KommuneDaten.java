package de.teilhabe.platform.kommune;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What a user enters for a Kommune. */
@Serdeable
public record KommuneDaten(
        @Nullable String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable UUID abhKommuneId) {
}
