package de.teilhabe.platform.betrieb;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every API request an id (the client's {@code X-Request-Id} if it is sane, else a new one),
 * puts it into the logging context of every thread that works on the request, and echoes it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class AnfrageKennung {

    static final String KOPF = "X-Request-Id";
    private static final String ATTRIBUT = "teilhabe.requestId";
    private static final Pattern ERLAUBT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @RequestFilter
    void vorher(HttpRequest<?> request, MutablePropagatedContext kontext) {
        String id = request.getHeaders().findFirst(KOPF).filter(k -> ERLAUBT.matcher(k).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.setAttribute(ATTRIBUT, id);
        kontext.add(new MdcPropagationContext(Map.of("requestId", id)));
    }

    @ResponseFilter
    void nachher(HttpRequest<?> request, MutableHttpResponse<?> antwort) {
        request.getAttribute(ATTRIBUT, String.class).ifPresent(id -> antwort.header(KOPF, id));
    }
}
