package de.teilhabe.platform.fehler;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** Renders every API error as problem details: our own {@link FachlicherFehler} and the framework's errors. */
final class ProblemAntworten {

    private ProblemAntworten() {
    }

    static Locale sprache(HttpRequest<?> request) {
        return request.getLocale().filter(l -> l.getLanguage().equals("en")).orElse(Locale.GERMAN);
    }

    /** Problem details for a {@link FachlicherFehler}, in the language the client asked for. */
    @Produces(Problem.MEDIENTYP)
    @Singleton
    static class FachlicherFehlerHandler implements ExceptionHandler<FachlicherFehler, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, FachlicherFehler fehler) {
            Locale sprache = sprache(request);
            HttpStatus status = HttpStatus.valueOf(fehler.art().status());
            List<Problem.FeldProblem> felder = fehler.feldfehler().stream()
                    .map(f -> new Problem.FeldProblem(f.feld(), f.code(), f.text(sprache)))
                    .toList();
            Problem problem = new Problem("urn:teilhabe:problem:" + fehler.code(), status.getReason(),
                    status.getCode(), fehler.text(sprache), request.getPath(), fehler.code(), felder);
            MutableHttpResponse<Problem> antwort = HttpResponse.<Problem>status(status).body(problem);
            return antwort.contentType(Problem.MEDIENTYP);
        }
    }

    /** The framework's own errors (unknown route, unreadable body, missing sign-in) as problem details too. */
    @Singleton
    @Replaces(JsonErrorResponseBodyProvider.class)
    static class FrameworkFehler implements JsonErrorResponseBodyProvider<Problem> {

        @Override
        public Problem body(ErrorContext kontext, HttpResponse<?> antwort) {
            String detail = kontext.getErrors().stream().map(e -> e.getMessage()).findFirst()
                    .orElse(antwort.reason());
            List<Problem.FeldProblem> felder = kontext.getErrors().stream()
                    .filter(e -> e.getPath().isPresent())
                    .map(e -> new Problem.FeldProblem(e.getPath().get(), "eingabe.ungueltig", e.getMessage()))
                    .toList();
            return new Problem("about:blank", antwort.reason(), antwort.code(), detail,
                    kontext.getRequest().getPath(), null, felder);
        }

        @Override
        public String contentType() {
            return Problem.MEDIENTYP;
        }
    }
}
