package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The active account a sign-in means: by its name in the chosen Kreis, among the operator's accounts, or — no Kreis
 * named — the only active account of the name on the platform. An unknown Kreis, an inactive account and a name that
 * several Kreise have all find nothing, and the caller answers each like a wrong password.
 */
@Singleton
class Kontosuche {

    private final BenutzerRepository benutzer;
    private final MandantRepository mandanten;

    Kontosuche(BenutzerRepository benutzer, MandantRepository mandanten) {
        this.benutzer = benutzer;
        this.mandanten = mandanten;
    }

    @Transactional(readOnly = true)
    Optional<Benutzer> finden(Kreiswahl wahl, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (wahl.betrieb()) {
            return benutzer.imBetrieb(name).filter(Benutzer::aktiv);
        }
        if (wahl.kreisSlug() != null) {
            return mandanten.findBySlug(wahl.kreisSlug()).map(Mandant::id)
                    .flatMap(kreis -> benutzer.imKreis(kreis, name)).filter(Benutzer::aktiv);
        }
        List<Benutzer> aktive = benutzer.aktiveMitNamen(name);
        return aktive.size() == 1 ? Optional.of(aktive.get(0)) : Optional.empty();
    }
}
