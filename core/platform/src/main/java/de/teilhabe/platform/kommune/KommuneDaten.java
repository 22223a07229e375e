package de.teilhabe.platform.kommune;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

/** What a user enters for a Kommune. */
@Serdeable
public record KommuneDaten(
        @Nullable @NotBlank @Zeile(max = 100) String name,
        boolean eigeneAuslaenderbehoerde,
        boolean eigenesJugendamt,
        boolean integrationsrat,
        @Nullable UUID abhKommuneId) {
}
