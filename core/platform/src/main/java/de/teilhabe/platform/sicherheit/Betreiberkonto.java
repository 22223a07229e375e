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

    /**
     * Whether a Kreis account may not take the name: the operator's own ({@value #BENUTZERNAME}, also before it
     * exists) and any other operator account's. Without a Kreis named, sign-in needs the name to be unique on the
     * platform, so a Kreis account of that name would keep the operator from signing in through the API.
     */
    public boolean reserviert(String name) {
        return BENUTZERNAME.equalsIgnoreCase(name) || benutzer.imBetrieb(name).isPresent();
    }

    /** @return whether the account was created now */
    @Transactional
    public boolean sicherstellen(String passwort) {
        if (passwort == null || passwort.isBlank() || benutzer.imBetrieb(BENUTZERNAME).isPresent()) {
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
