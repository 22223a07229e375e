package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.Locale;
import java.util.UUID;

/**
 * A person who sits in one or more Gremien. The name is visible to every reader of the structure; e-mail and
 * phone only to KI-Koordination and Kreis-Admin. {@code benutzername} links the person to a platform account,
 * so that the account's "my tasks" finds what is assigned to the person.
 */
@MappedEntity("gremium_person")
public record Person(
        @Id UUID id,
        String name,
        @Nullable String email,
        @Nullable String telefon,
        @Nullable String benutzername,
        @Version long version) {

    static Person neu(UUID id, PersonDaten daten) {
        return new Person(id, null, null, null, null, 0L).mit(daten, 0L);
    }

    Person mit(PersonDaten d, long erwarteteVersion) {
        String konto = Texte.oderNull(d.benutzername());
        return new Person(id, Texte.oderLeer(d.name()), Texte.oderNull(d.email()), Texte.oderNull(d.telefon()),
                konto == null ? null : konto.toLowerCase(Locale.ROOT), erwarteteVersion);
    }
}
