package de.teilhabe.platform.fehler;

import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Every successful {@code GET} of a versioned resource — a body with a {@code version} — carries that version as its
 * {@code ETag} ({@code "3"}), the value a {@code PUT} sends back in {@code If-Match}; a stale {@code If-Match} is then
 * answered 412 ({@link ProblemAntworten}).
 */
@ServerFilter("/api/**")
class Versionskennzeichen {

    @ResponseFilter
    void etag(HttpRequest<?> request, MutableHttpResponse<?> antwort) {
        if (request.getMethod() != HttpMethod.GET || antwort.code() >= 300
                || antwort.getHeaders().contains(HttpHeaders.ETAG)) {
            return;
        }
        antwort.getBody().flatMap(Versionskennzeichen::version)
                .ifPresent(version -> antwort.header(HttpHeaders.ETAG, "\"" + version + "\""));
    }

    /** The {@code version} of the body, or of its {@code stamm} (a record read with its lists, e.g. a provider). */
    static Optional<Object> version(Object body) {
        return eigenschaft(body, "version").filter(v -> v instanceof Number)
                .or(() -> eigenschaft(body, "stamm").flatMap(stamm -> eigenschaft(stamm, "version")))
                .filter(v -> v instanceof Number);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> eigenschaft(Object objekt, String name) {
        return BeanIntrospector.SHARED.findIntrospection((Class<Object>) objekt.getClass())
                .flatMap(i -> i.getProperty(name))
                .map(p -> p.get(objekt));
    }
}
