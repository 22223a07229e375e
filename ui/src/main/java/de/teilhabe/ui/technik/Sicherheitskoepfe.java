package de.teilhabe.ui.technik;

import de.teilhabe.platform.proxy.Proxyvertrauen;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The UI's security headers on every response (pages, Vaadin's requests, static files, errors). The Content Security
 * Policy is the strictest Vaadin Flow 24 runs under without a console violation: scripts and styles only from the
 * UI's own origin, but with {@code 'unsafe-inline'} (the bootstrap page carries the first UI state as an inline
 * script, the components set inline styles) and {@code 'unsafe-eval'} for scripts (Flow runs the server's
 * {@code executeJs} calls through {@code new Function}); no plugins, no framing, forms and {@code <base>} only to the
 * own origin. A request that came over TLS — directly, or through a trusted reverse proxy with
 * {@code X-Forwarded-Proto: https} — counts as secure (so the session cookie gets {@code Secure}) and gets HSTS. The
 * header counts only from a peer the platform's {@link Proxyvertrauen} trusts ({@code TEILHABE_TRUSTED_PROXIES}), the
 * same rule as the API's.
 */
public final class Sicherheitskoepfe implements HttpConfiguration.Customizer {

    public static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    public static final String HSTS = "max-age=31536000";

    private volatile Proxyvertrauen proxies;

    /**
     * Read when a request first carries the header: Jetty starts beside the Micronaut context, and the first request
     * waits for it anyway.
     */
    private Proxyvertrauen proxies() {
        Proxyvertrauen bekannt = proxies;
        if (bekannt == null) {
            bekannt = UiKontext.kontext().getBean(Proxyvertrauen.class);
            proxies = bekannt;
        }
        return bekannt;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable antwort) {
        antwort.put("Content-Security-Policy", CSP);
        antwort.put("X-Frame-Options", "DENY");
        antwort.put("X-Content-Type-Options", "nosniff");
        antwort.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            antwort.put("Strict-Transport-Security", HSTS);
            return request;
        }
        List<String> protokoll = request.getHeaders().getValuesList("X-Forwarded-Proto");
        if (!protokoll.isEmpty() && proxies().ueberTls(false, Request.getRemoteAddr(request), protokoll)) {
            antwort.put("Strict-Transport-Security", HSTS);
            return new Request.Wrapper(request) {
                @Override
                public boolean isSecure() {
                    return true;
                }
            };
        }
        return request;
    }
}
