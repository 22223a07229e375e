package de.teilhabe.platform.gremium;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

/** One person's (or organisation's) seat in a Gremium for a period. Ending it sets {@code bis}; it is never deleted. */
@MappedEntity("mitgliedschaft")
public record Mitgliedschaft(
        @Id UUID id,
        UUID gremiumId,
        @Nullable UUID personId,
        @Nullable UUID sitzId,
        Mitgliedsrolle rolle,
        @Nullable String funktion,
        String organisation,
        @MappedProperty("organisation_art") Organisationsart organisationsart,
        @Nullable UUID vertrittId,
        LocalDate von,
        @Nullable LocalDate bis,
        @Version long version) {

    static Mitgliedschaft neu(UUID id, UUID gremiumId, MitgliedschaftDaten daten) {
        return new Mitgliedschaft(id, gremiumId, null, null, null, null, null, null, null, null, null, 0L)
                .mit(daten, 0L);
    }

    Mitgliedschaft mit(MitgliedschaftDaten d, long erwarteteVersion) {
        return new Mitgliedschaft(id, gremiumId, d.personId(), d.sitzId(), d.rolle(), Texte.oderNull(d.funktion()),
                Texte.oderLeer(d.organisation()), d.organisationsart(),
                d.vertrittId(), d.von(), d.bis(), erwarteteVersion);
    }

    Mitgliedschaft beendet(LocalDate letzterTag) {
        return new Mitgliedschaft(id, gremiumId, personId, sitzId, rolle, funktion, organisation, organisationsart,
                vertrittId, von, letzterTag, version);
    }

    MitgliedschaftDaten daten() {
        return new MitgliedschaftDaten(personId, sitzId, rolle, funktion, organisation, organisationsart, vertrittId,
                von, bis);
    }

    /** Whether the membership runs on {@code tag}. */
    public boolean giltAm(LocalDate tag) {
        return !tag.isBefore(von) && (bis == null || !tag.isAfter(bis));
    }

    /** Whether the two periods share at least one day. */
    boolean ueberschneidet(LocalDate andereVon, @Nullable LocalDate andereBis) {
        return (bis == null || !andereVon.isAfter(bis)) && (andereBis == null || !von.isAfter(andereBis));
    }
}
