package de.teilhabe.platform.fehler;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * The form of every API request before a handler sees it: no query value holds a control character (400
 * {@code eingabe.steuerzeichen} on the parameter); a request with a body names its media type (otherwise 415). A JSON request body is exactly one JSON value: {@code {"name":"Neuss"} xyz} — trailing text after the object — is
 * refused with 400 {@code eingabe.json} before any handler runs, as is a body that is no JSON at all. The framework's
 * decoder alone would stop after the first value and take the rest as not sent. The body's strings are kept for
 * {@link Eingaben}, so that an error answer never repeats them.
 */
@ServerFilter("/api/**")
class Anfrageform {

    private static final JsonFactory JSON = new JsonFactory();

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> pruefen(ServerHttpRequest<?> request) throws InterruptedException, ExecutionException {
        for (var parameter : request.getParameters()) {
            for (String wert : parameter.getValue()) {
                if (wert.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f))) {
                    return ProblemAntworten.antwort(request,
                            FachlicherFehler.ungueltig(parameter.getKey(), "eingabe.steuerzeichen"));
                }
            }
        }
        if (request.getContentType().isEmpty()) {
            return request.getContentLength() > 0 ? ProblemAntworten.antwort(request, new FachlicherFehler(
                    Art.NICHT_UNTERSTUETZT, "eingabe.medientyp", List.of())) : null;
        }
        if (!istJson(request.getContentType().get())) {
            return null;
        }
        try (var koerper = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().get()) {
            byte[] inhalt = koerper.toByteArray();
            if (inhalt.length == 0) {
                return null;
            }
            Optional<Set<String>> texte;
            try {
                texte = texte(inhalt);
            } catch (FachlicherFehler fehler) {
                return ProblemAntworten.antwort(request, fehler);
            }
            if (texte.isEmpty()) {
                return ProblemAntworten.antwort(request, new FachlicherFehler(Art.UNGUELTIG, "eingabe.json",
                        List.of()));
            }
            request.setAttribute(Eingaben.ATTRIBUT, texte.get());
            return null;
        }
    }

    /**
     * The strings of the body if it holds exactly one JSON value (and nothing after it); a body or
     * a list entry that is {@code null} is refused ({@code eingabe.null}): no operation takes one.
     */
    static Optional<Set<String>> texte(byte[] inhalt) {
        Set<String> texte = new HashSet<>();
        try (JsonParser parser = JSON.createParser(inhalt)) {
            Deque<Boolean> inListe = new ArrayDeque<>();
            int tiefe = 0;
            JsonToken token = parser.nextToken();
            while (token != null) {
                if (token == JsonToken.VALUE_NULL && (tiefe == 0 || Boolean.TRUE.equals(inListe.peek()))) {
                    throw new FachlicherFehler(Art.UNGUELTIG, "eingabe.null", List.of());
                }
                if (token.isStructStart()) {
                    inListe.push(token == JsonToken.START_ARRAY);
                } else if (token.isStructEnd()) {
                    inListe.pop();
                }
                if (token == JsonToken.VALUE_STRING) {
                    texte.add(parser.getText());
                } else if (token.isStructStart()) {
                    tiefe++;
                } else if (token.isStructEnd()) {
                    tiefe--;
                }
                token = parser.nextToken();
                if (tiefe == 0 && token != null && !token.isStructEnd()) {
                    return Optional.empty();
                }
            }
            return Optional.of(texte);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean istJson(MediaType typ) {
        return typ.getSubtype().equals("json") || typ.getSubtype().endsWith("+json");
    }
}
