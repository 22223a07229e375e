package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.fehler.Zeile;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/**
 * What a Kreis admin enters for an account of the Kreis: display name and roles always; the user name and the
 * password when creating (the password also when resetting).
 */
@Serdeable
public record BenutzerDaten(
        @Nullable @Zeile String benutzername,
        @Nullable @NotBlank @Zeile String anzeigename,
        @Nullable @NotEmpty(message = "{benutzer.rollen.leer}") Set<Rolle> rollen,
        boolean aktiv,
        @Nullable @Zeile String passwort) {

    @Override
    public String toString() {
        return "BenutzerDaten[" + benutzername + ", " + rollen + ", aktiv=" + aktiv + "]";
    }
}
