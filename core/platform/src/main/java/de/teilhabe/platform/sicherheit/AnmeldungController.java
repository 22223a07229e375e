package de.teilhabe.platform.sicherheit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;

/** Sign-in for API clients: user name and password in, a signed JWT (with the Kreis as claim) out. */
@Controller("/api/anmeldung")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Anmeldung")
class AnmeldungController {

    private final Anmeldung anmeldung;
    private final AccessRefreshTokenGenerator tokens;

    AnmeldungController(Anmeldung anmeldung, AccessRefreshTokenGenerator tokens) {
        this.anmeldung = anmeldung;
        this.tokens = tokens;
    }

    @Serdeable
    record Zugangsdaten(String benutzername, String passwort) {
    }

    @Serdeable
    record Token(String accessToken, String tokenType, Integer expiresIn, String kreis) {
    }

    @Post
    @Operation(summary = "Anmelden und ein Zugriffstoken (JWT) erhalten")
    Token anmelden(HttpRequest<?> request, @Body Zugangsdaten daten) {
        Nutzer nutzer = anmeldung.anmelden(daten.benutzername(), daten.passwort(),
                request.getRemoteAddress().getAddress().getHostAddress());
        Map<String, Object> attribute = new HashMap<>();
        attribute.put(AktuellerNutzer.NUTZER_ID, nutzer.id().toString());
        attribute.put(AktuellerNutzer.ANMELDESTAND, anmeldung.anmeldestand(nutzer.id()));
        if (nutzer.kreisSlug() != null) {
            attribute.put("kreis", nutzer.kreisSlug());
        }
        Authentication auth = Authentication.build(nutzer.benutzername(),
                nutzer.rollen().stream().map(Enum::name).toList(), attribute);
        AccessRefreshToken token = tokens.generate(auth).orElseThrow();
        return new Token(token.getAccessToken(), "Bearer", token.getExpiresIn(), nutzer.kreisSlug());
    }
}
