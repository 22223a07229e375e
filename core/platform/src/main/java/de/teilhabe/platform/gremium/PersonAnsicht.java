package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A person who sits in one or more Gremien. The name is visible to every reader of the structure; e-mail and
 * phone only to KI-Koordination and Kreis-Admin. {@code benutzername} links the person to a platform account,
 * so that the account's "my tasks" finds what is assigned to the person.
 */
@Serdeable
public record PersonAnsicht(
        UUID id,
        String name,
        @Nullable String email,
        @Nullable String telefon,
        @Nullable String benutzername,
        long version) {

    static PersonAnsicht von(Person p) {
        return new PersonAnsicht(p.id(), p.name(), p.email(), p.telefon(), p.benutzername(), p.version());
    }
}
