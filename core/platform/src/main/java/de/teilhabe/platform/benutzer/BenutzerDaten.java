package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.fehler.Zeile;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** What a Kreis admin enters for an account of the Kreis. The password only when creating or resetting. */
@Serdeable
public record BenutzerDaten(
        @Nullable @Zeile String benutzername,
        @Nullable @Zeile String anzeigename,
        @Nullable Set<Rolle> rollen,
        boolean aktiv,
        @Nullable @Zeile String passwort) {

    @Override
    public String toString() {
        return "BenutzerDaten[" + benutzername + ", " + rollen + ", aktiv=" + aktiv + "]";
    }
}
