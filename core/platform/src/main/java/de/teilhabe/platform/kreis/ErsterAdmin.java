package de.teilhabe.platform.kreis;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The first administrator account of a new Kreis. */
@Serdeable
public record ErsterAdmin(@Nullable String benutzername, @Nullable String anzeigename, @Nullable String passwort) {

    @Override
    public String toString() {
        return "ErsterAdmin[" + benutzername + "]";
    }
}
