package de.teilhabe.platform.betrieb;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /prometheus} answers only a scraper that sends its own credential, {@code Authorization: Bearer <token>}
 * with the token configured as {@code teilhabe.metrics.token} ({@code TEILHABE_METRICS_TOKEN}); anyone else gets
 * 401. Without a configured token the endpoint is off (404).
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
class Metrikzugang {

    private final byte[] token;

    Metrikzugang(@Nullable @Value("${teilhabe.metrics.token:}") String token) {
        this.token = token == null || token.isBlank() ? null : ("Bearer " + token.trim()).getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> pruefen(HttpRequest<?> request) {
        if (token == null) {
            return HttpResponse.notFound();
        }
        String gesendet = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (gesendet != null && MessageDigest.isEqual(token, gesendet.trim().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"prometheus\"");
    }
}
