package de.teilhabe.platform.testing;

import de.teilhabe.platform.benutzer.BenutzerDaten;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.Map;
import java.util.Set;

/** Accounts and bearer tokens for API tests: real accounts of a Kreis, signed in through {@code POST /api/anmeldung}. */
public final class ApiKonten {

    public static final String PASSWORT = "api-test-passwort";

    private ApiKonten() {
    }

    /** Creates the account {@code <slug>.<kuerzel>} with the role (by the Kreis admin) and returns its token. */
    public static String konto(ApplicationContext ctx, BlockingHttpClient client, Nutzer admin, String kuerzel,
                               Rolle rolle) {
        String name = admin.kreisSlug() + "." + kuerzel;
        ctx.getBean(Benutzerverwaltung.class).anlegen(admin, new BenutzerDaten(name, kuerzel, Set.of(rolle), true,
                PASSWORT));
        return token(client, name, PASSWORT);
    }

    /** Signs in and returns the access token. */
    public static String token(BlockingHttpClient client, String benutzername, String passwort) {
        return (String) client.retrieve(HttpRequest.POST("/api/anmeldung", Map.of("benutzername", benutzername,
                "passwort", passwort)), Map.class).get("accessToken");
    }
}
