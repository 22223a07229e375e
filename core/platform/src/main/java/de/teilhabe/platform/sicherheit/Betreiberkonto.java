package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.Meldungen;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;

/** The platform operator's account "betrieb", created at the first start when a password is configured. */
@Singleton
public class Betreiberkonto {

    public static final String BENUTZERNAME = "betrieb";

    private final BenutzerRepository benutzer;
    private final Passwoerter passwoerter;

    Betreiberkonto(BenutzerRepository benutzer, Passwoerter passwoerter) {
        this.benutzer = benutzer;
        this.passwoerter = passwoerter;
    }

    /** @return whether the account was created now */
    @Transactional
    public boolean sicherstellen(String passwort) {
        if (passwort == null || passwort.isBlank() || benutzer.existsByBenutzername(BENUTZERNAME)) {
            return false;
        }
        Passwortregeln.verstoss(passwort, BENUTZERNAME, null).ifPresent(code -> {
            throw new IllegalStateException("TEILHABE_BETREIBER_PASSWORT erfüllt die Passwortregeln nicht: "
                    + Meldungen.text(code, Locale.GERMAN, Passwoerter.MINDESTLAENGE));
        });
        benutzer.save(Benutzer.neu(BENUTZERNAME, "Plattformbetrieb", passwoerter.hash(passwort), null,
                Set.of(Rolle.BETREIBER)));
        return true;
    }
}
