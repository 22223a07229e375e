package de.teilhabe.platform.sicherheit;

import de.teilhabe.platform.fehler.Problem;
import de.teilhabe.platform.proxy.Proxyvertrauen;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign-in for API clients: user name, password and the Kreis (its slug) in, a signed JWT (with the Kreis as claim) out.
 * Without {@code kreis} the sign-in succeeds only if exactly one active account on the platform has the name (so
 * clients written before account names were unique per Kreis keep working); integrators should send it. Too many
 * failures answer 429 with {@code Retry-After}.
 */
@Controller("/api/anmeldung")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Anmeldung")
class AnmeldungController {

    private final Anmeldung anmeldung;
    private final AccessRefreshTokenGenerator tokens;
    private final Proxyvertrauen proxies;

    AnmeldungController(Anmeldung anmeldung, AccessRefreshTokenGenerator tokens, Proxyvertrauen proxies) {
        this.anmeldung = anmeldung;
        this.tokens = tokens;
        this.proxies = proxies;
    }

    @Serdeable
    record Zugangsdaten(String benutzername, String passwort,
                        @Nullable @Schema(description = "Slug des Kreises (z. B. rhein-kreis-neuss); ohne ihn nur,"
                                + " wenn genau ein aktives Konto der Plattform den Namen trägt") String kreis) {
    }

    @Serdeable
    record Token(String accessToken, String tokenType, Integer expiresIn, String kreis) {
    }

    @Post
    @Operation(summary = "Anmelden und ein Zugriffstoken (JWT) erhalten")
    @ApiResponse(responseCode = "200", description = "angemeldet")
    @ApiResponse(responseCode = "401", description = "Benutzername, Passwort oder Kreis passen nicht (immer dieselbe"
            + " Antwort, auch wenn mehrere Kreise den Namen haben und kein Kreis genannt ist)",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "zu viele Fehlversuche für das Konto oder von der Adresse;"
            + " der Kopf Retry-After nennt die Sekunden bis zum nächsten Versuch",
            content = @Content(mediaType = Problem.MEDIENTYP, schema = @Schema(implementation = Problem.class)))
    Token anmelden(HttpRequest<?> request, @Body Zugangsdaten daten) {
        Nutzer nutzer = anmeldung.anmelden(Kreiswahl.kreis(daten.kreis()), daten.benutzername(), daten.passwort(),
                clientAdresse(request));
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

    private String clientAdresse(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        String direkt = peer == null || peer.getAddress() == null ? null : peer.getAddress().getHostAddress();
        return proxies.clientAdresse(direkt, request.getHeaders().getAll("X-Forwarded-For"));
    }
}
