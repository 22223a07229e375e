package de.teilhabe.platform.fehler;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Renders every API error as RFC 9457 problem details: our own {@link FachlicherFehler}, what PostgreSQL refused
 * ({@link Datenbankfehler}), the framework's errors (unreadable body, wrong type, missing value, unknown route, wrong
 * media type) and anything unexpected (500, logged with its stack trace, answered with only the request id). A
 * response never holds a stack trace, SQL, a class name or a value the client sent.
 */
final class ProblemAntworten {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAntworten.class);
    /** The property serde names when it cannot decode it: {@code Error decoding property [LocalDate geburtsdatum]}. */
    private static final Pattern EIGENSCHAFT = Pattern.compile("(?:property|parameter) \\[(?:[^\\]]* )?([A-Za-z0-9_]{1,64})\\]");

    private ProblemAntworten() {
    }

    static Locale sprache(HttpRequest<?> request) {
        return request.getLocale().filter(l -> l.getLanguage().equals("en")).orElse(Locale.GERMAN);
    }

    /** The id of the request, as set by the request-id filter (in the problem, so a user can quote it). */
    static String kennung(HttpRequest<?> request) {
        return request.getAttribute("teilhabe.requestId", String.class).orElse(null);
    }

    /** Problem details for a {@link FachlicherFehler}, in the language the client asked for. */
    static MutableHttpResponse<Problem> antwort(HttpRequest<?> request, FachlicherFehler fehler) {
        Locale sprache = sprache(request);
        Art art = fehler.art() == Art.KONFLIKT && "konflikt.veraltet".equals(fehler.code())
                && request.getHeaders().contains(HttpHeaders.IF_MATCH) ? Art.VORBEDINGUNG : fehler.art();
        HttpStatus status = HttpStatus.valueOf(art.status());
        Eingaben eingaben = Eingaben.aus(request);
        Problem problem = new Problem("urn:teilhabe:problem:" + fehler.code(), status.getReason(), status.getCode(),
                detail(fehler, sprache, eingaben), instanz(request), fehler.code(), kennung(request),
                felder(fehler, sprache, eingaben));
        MutableHttpResponse<Problem> antwort = HttpResponse.<Problem>status(status).body(problem)
                .contentType(Problem.MEDIENTYP);
        fehler.wartesekunden().ifPresent(s -> antwort.header(HttpHeaders.RETRY_AFTER, Long.toString(s)));
        return antwort;
    }

    /** The operation's path template (e.g. {@code /api/traeger/{id}}): never the path as sent, which may hold input. */
    private static String instanz(HttpRequest<?> request) {
        return BasicHttpAttributes.getUriTemplate(request).orElse(null);
    }

    private static List<Problem.FeldProblem> felder(FachlicherFehler fehler, Locale sprache, Eingaben eingaben) {
        return fehler.feldfehler().stream().map(f -> new Problem.FeldProblem(f.feld(), Felder.label(f.feld(), sprache),
                f.code(), f.text(sprache, eingaben))).toList();
    }

    /** The text of the failure; for invalid input the first field with its label, so the detail alone says what. */
    private static String detail(FachlicherFehler fehler, Locale sprache, Eingaben eingaben) {
        String text = fehler.text(sprache, eingaben);
        if (fehler.feldfehler().isEmpty()) {
            return text;
        }
        Feldfehler erster = fehler.feldfehler().get(0);
        String feld = Felder.label(erster.feld(), sprache);
        String zusatz = fehler.feldfehler().size() > 1
                ? Meldungen.text("eingabe.weitere", sprache, fehler.feldfehler().size() - 1) : "";
        String feldtext = (feld.isEmpty() ? "" : feld + ": ") + erster.text(sprache, eingaben) + zusatz;
        return erster.code().equals(fehler.code()) ? feldtext : text + " " + feldtext;
    }

    @Produces(Problem.MEDIENTYP)
    @Singleton
    static class FachlicherFehlerHandler implements ExceptionHandler<FachlicherFehler, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, FachlicherFehler fehler) {
            return antwort(request, fehler);
        }
    }

    /**
     * Everything no other handler takes: a database refusal we can name becomes its problem; the rest is a 500 whose
     * body holds only the request id, and whose stack trace goes to the log under that id.
     */
    @Produces(Problem.MEDIENTYP)
    @Singleton
    static class UnerwarteterFehlerHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Exception fehler) {
            Optional<FachlicherFehler> fachlich = FachlicherFehler.in(fehler);
            if (fachlich.isPresent()) {
                return antwort(request, fachlich.get());
            }
            String kennung = kennung(request);
            MDC.put("requestId", kennung == null ? "-" : kennung);
            try {
                LOG.error("Unerwarteter Fehler bei {} {}", request.getMethodName(), request.getPath(), fehler);
            } finally {
                MDC.remove("requestId");
            }
            return antwort(request, new FachlicherFehler(Art.UNERWARTET, "fehler.unerwartet", List.of(),
                    kennung == null ? "–" : kennung));
        }
    }

    /** A {@link FachlicherFehler} somewhere in the cause chain (e.g. thrown while the body was decoded). */
    static Optional<FachlicherFehler> fachlich(Throwable fehler) {
        return Ursachen.kette(fehler).filter(FachlicherFehler.class::isInstance).map(FachlicherFehler.class::cast)
                .findFirst();
    }

    /**
     * The framework's own errors (unknown route, unreadable body, wrong type, missing sign-in, wrong media type) as
     * problem details with our codes and texts: the framework's messages are never passed on, they may quote the input.
     */
    @Singleton
    @Replaces(JsonErrorResponseBodyProvider.class)
    static class FrameworkFehler implements JsonErrorResponseBodyProvider<Problem> {

        @Override
        public Problem body(ErrorContext kontext, HttpResponse<?> antwort) {
            HttpRequest<?> request = kontext.getRequest();
            Locale sprache = sprache(request);
            Throwable ursache = kontext.getRootCause().orElse(null);
            FachlicherFehler fehler = fachlich(ursache).orElseGet(() -> ausFramework(antwort.code(), ursache));
            Eingaben eingaben = Eingaben.aus(request);
            return new Problem("urn:teilhabe:problem:" + fehler.code(), antwort.reason(), antwort.code(),
                    detail(fehler, sprache, eingaben), instanz(request), fehler.code(), kennung(request),
                    felder(fehler, sprache, eingaben));
        }

        @Override
        public String contentType() {
            return Problem.MEDIENTYP;
        }
    }

    /** Our code for a framework error of {@code status}, with the field where the framework names one. */
    static FachlicherFehler ausFramework(int status, Throwable ursache) {
        if (ursache instanceof UnsatisfiedRouteException fehlt) {
            return FachlicherFehler.ungueltig(fehlt.getArgument().getName(), "eingabe.pflicht");
        }
        if (ursache instanceof UnsatisfiedArgumentException fehlt) {
            return FachlicherFehler.ungueltig(fehlt.getArgument().getName(), "eingabe.pflicht");
        }
        if (ursache instanceof ConversionErrorException umwandlung) {
            Argument<?> argument = umwandlung.getArgument();
            Optional<String> eigenschaft = eigenschaft(umwandlung);
            if (enthaelt(umwandlung, "Unknown property")) {
                return new FachlicherFehler(Art.UNGUELTIG, "eingabe.unbekannt", List.of());
            }
            if (eigenschaft.isPresent()) {
                return FachlicherFehler.ungueltig(eigenschaft.get(), enthaelt(umwandlung, "is not present")
                        ? "eingabe.pflicht" : "eingabe.form");
            }
            return argument.getType().isEnum()
                    ? FachlicherFehler.ungueltig(argument.getName(), "eingabe.auswahl", auswahl(argument.getType()))
                    : FachlicherFehler.ungueltig(argument.getName(), formcode(argument));
        }
        String code = switch (status) {
            case 400 -> "eingabe.json";
            case 401 -> "anmeldung.erforderlich";
            case 403 -> "zugriff.verboten";
            case 404 -> "adresse.unbekannt";
            case 405 -> "methode.unzulaessig";
            case 406 -> "antwort.medientyp";
            case 413 -> "eingabe.zu.gross";
            case 415 -> "eingabe.medientyp";
            default -> "fehler.http";
        };
        return new FachlicherFehler(Art.UNGUELTIG, code, List.of(), status);
    }

    private static Optional<String> eigenschaft(Throwable fehler) {
        return Ursachen.kette(fehler).filter(t -> t.getMessage() != null).map(t -> EIGENSCHAFT.matcher(t.getMessage()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }

    private static boolean enthaelt(Throwable fehler, String text) {
        return Ursachen.kette(fehler).anyMatch(t -> t.getMessage() != null && t.getMessage().contains(text));
    }

    private static String auswahl(Class<?> aufzaehlung) {
        return String.join(", ", Arrays.stream(aufzaehlung.getEnumConstants()).map(Object::toString)
                .toList());
    }

    private static String formcode(Argument<?> argument) {
        Class<?> typ = argument.getType();
        if (typ == LocalDate.class) {
            return "eingabe.datum";
        }
        if (typ == UUID.class) {
            return "eingabe.kennung";
        }
        if (typ == boolean.class || typ == Boolean.class) {
            return "eingabe.wahrheitswert";
        }
        if (Number.class.isAssignableFrom(typ) || typ == int.class || typ == long.class) {
            return "eingabe.zahl";
        }
        return "eingabe.form";
    }
}
