package de.teilhabe.platform.kreis;

import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.sicherheit.Benutzer;
import de.teilhabe.platform.sicherheit.BenutzerRepository;
import de.teilhabe.platform.sicherheit.Passwoerter;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The platform rows of a Kreis: its registry entry and its first administrator, written together. */
@Singleton
class KreisRegistrierung {

    private final MandantRepository mandanten;
    private final BenutzerRepository benutzer;
    private final Passwoerter passwoerter;

    KreisRegistrierung(MandantRepository mandanten, BenutzerRepository benutzer, Passwoerter passwoerter) {
        this.mandanten = mandanten;
        this.benutzer = benutzer;
        this.passwoerter = passwoerter;
    }

    @Transactional
    Mandant eintragen(KreisSchema kreis, OnboardingAntrag antrag) {
        Mandant mandant = mandanten.save(new Mandant(UUID.randomUUID(), kreis.slug(), antrag.name().trim(),
                kreis.schema(), kreis.rolle(), null));
        ErsterAdmin admin = antrag.admin();
        benutzer.save(Benutzer.neu(admin.benutzername().trim().toLowerCase(Locale.ROOT), admin.anzeigename().trim(),
                passwoerter.hash(admin.passwort()), mandant.id(), Set.of(Rolle.KREIS_ADMIN)));
        return mandant;
    }

    /** Removes the registry entry; the Kreis's users go with it (foreign key cascade). */
    @Transactional
    void austragen(String slug) {
        mandanten.findBySlug(slug).ifPresent(mandanten::delete);
    }
}
