package de.teilhabe.platform.betrieb;

import de.teilhabe.platform.proxy.Proxyvertrauen;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import java.net.InetSocketAddress;

/**
 * Headers on every API response, refusals and errors included: the browser never sniffs a content type, never
 * shows a response in a frame and sends no referrer; responses under {@code /api} carry personal data and are
 * never stored by a browser or proxy ({@code Cache-Control: no-store}). HSTS only where the request came over TLS,
 * directly or through a trusted reverse proxy ({@code X-Forwarded-Proto: https}, counted only from a peer that
 * {@link Proxyvertrauen} trusts); browsers ignore HSTS over plain HTTP anyway.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class Sicherheitskoepfe implements Ordered {

    private final Proxyvertrauen proxies;

    Sicherheitskoepfe(Proxyvertrauen proxies) {
        this.proxies = proxies;
    }

    /** Outside every other filter, so refusals of the security filter (401, 403) carry the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @ResponseFilter
    void setzen(HttpRequest<?> request, MutableHttpResponse<?> antwort) {
        MutableHttpHeaders koepfe = antwort.getHeaders();
        koepfe.set("X-Content-Type-Options", "nosniff");
        koepfe.set("X-Frame-Options", "DENY");
        koepfe.set("Content-Security-Policy", CSP);
        koepfe.set("Referrer-Policy", "no-referrer");
        InetSocketAddress peer = request.getRemoteAddress();
        if (proxies.ueberTls(request.isSecure(), peer == null || peer.getAddress() == null ? null
                : peer.getAddress().getHostAddress(), request.getHeaders().getAll("X-Forwarded-Proto"))) {
            koepfe.set("Strict-Transport-Security", "max-age=31536000");
        }
        String pfad = request.getPath();
        if (pfad.equals("/api") || pfad.startsWith("/api/")) {
            koepfe.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
