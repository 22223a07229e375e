package de.teilhabe.platform.fehler;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * A JSON request body is exactly one JSON value: {@code {"name":"Neuss"} xyz} — trailing text after the object — is
 * refused with 400 {@code eingabe.json} before any handler runs, as is a body that is no JSON at all. The framework's
 * decoder alone would stop after the first value and take the rest as not sent.
 */
@ServerFilter("/api/**")
class JsonKoerper {

    private static final JsonFactory JSON = new JsonFactory();

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> pruefen(ServerHttpRequest<?> request) throws InterruptedException, ExecutionException {
        if (!request.getContentType().map(JsonKoerper::istJson).orElse(false)) {
            return null;
        }
        try (var koerper = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().get()) {
            byte[] inhalt = koerper.toByteArray();
            return inhalt.length == 0 || einWert(inhalt) ? null
                    : ProblemAntworten.antwort(request, new FachlicherFehler(Art.UNGUELTIG, "eingabe.json", List.of()));
        }
    }

    /** Whether the bytes hold one JSON value and nothing after it but white space. */
    static boolean einWert(byte[] inhalt) {
        try (JsonParser parser = JSON.createParser(inhalt)) {
            if (parser.nextToken() == null) {
                return true;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean istJson(MediaType typ) {
        return typ.getSubtype().equals("json") || typ.getSubtype().endsWith("+json");
    }
}
