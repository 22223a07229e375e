package de.teilhabe.platform.benutzer;

import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An account as the Kreis admin sees it (never with its password hash). */
@Serdeable
public record Konto(UUID id, String benutzername, String anzeigename, Set<Rolle> rollen, boolean aktiv,
                    Instant angelegtAm, long version) {

    static Konto von(Benutzer b) {
        return new Konto(b.id(), b.benutzername(), b.anzeigename(), b.rollenMenge(), b.aktiv(), b.angelegtAm(),
                b.version());
    }
}
