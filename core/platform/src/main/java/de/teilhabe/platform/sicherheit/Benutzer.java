package de.teilhabe.platform.sicherheit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A user account; lives in the platform schema so that sign-in can find it before the Kreis is known. */
@MappedEntity(value = "benutzer", schema = "platform")
public record Benutzer(
        @Id UUID id,
        String benutzername,
        String anzeigename,
        String passwortHash,
        @Nullable UUID kreisId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] rollen,
        boolean aktiv,
        @DateCreated @Nullable Instant angelegtAm,
        @Version Long version) {

    public static Benutzer neu(String benutzername, String anzeigename, String passwortHash, UUID kreisId,
                               Set<Rolle> rollen) {
        return neu(benutzername, anzeigename, passwortHash, kreisId, rollen, true);
    }

    /** A new account, active or (created for later) inactive. */
    public static Benutzer neu(String benutzername, String anzeigename, String passwortHash, UUID kreisId,
                               Set<Rolle> rollen, boolean aktiv) {
        String[] namen = rollen.stream().map(Enum::name).sorted().toArray(String[]::new);
        return new Benutzer(UUID.randomUUID(), benutzername, anzeigename, passwortHash, kreisId, namen, aktiv,
                null, 0L);
    }

    public Set<Rolle> rollenMenge() {
        return Arrays.stream(rollen).map(Rolle::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
