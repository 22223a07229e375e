package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Zeile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/** The first administrator account of a new Kreis. */
@Serdeable
public record ErsterAdmin(@Nullable @NotBlank @Zeile String benutzername, @Nullable @NotBlank @Zeile String anzeigename,
                          @Nullable @Zeile String passwort) {

    @Override
    public String toString() {
        return "ErsterAdmin[" + benutzername + "]";
    }
}
