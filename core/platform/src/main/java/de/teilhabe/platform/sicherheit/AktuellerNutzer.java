package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * Turns the verified token of an API request into the {@link Nutzer}, re-read from the database: roles taken
 * away, a deactivated account, a changed password or an offboarded Kreis take effect at once, and the Kreis is the
 * account's — never a header or parameter the client chose.
 */
@Singleton
public class AktuellerNutzer {

    static final String NUTZER_ID = "nid";
    static final String ANMELDESTAND = "pws";

    private final Anmeldung anmeldung;

    AktuellerNutzer(Anmeldung anmeldung) {
        this.anmeldung = anmeldung;
    }

    public Nutzer aus(Authentication authentication) {
        Object id = authentication == null ? null : authentication.getAttributes().get(NUTZER_ID);
        if (id == null) {
            throw nichtAngemeldet();
        }
        Object stand = authentication.getAttributes().get(ANMELDESTAND);
        return anmeldung.nutzer(UUID.fromString(id.toString()), stand == null ? null : stand.toString())
                .orElseThrow(AktuellerNutzer::nichtAngemeldet);
    }

    private static FachlicherFehler nichtAngemeldet() {
        return new FachlicherFehler(Art.NICHT_ANGEMELDET, "anmeldung.erforderlich", List.of());
    }
}
