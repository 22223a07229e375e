package de.teilhabe.platform.fehler;

import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a client sent — the strings of its JSON body ({@link Anfrageform} collects them), its query values and the
 * path segments that are parameters of the operation — so that an error answer never repeats them: a message argument found there is shown as „…“. Values the
 * platform holds (the name of the provider that already has a short name) stay in the text.
 */
final class Eingaben {

    static final String ATTRIBUT = "teilhabe.eingaben";
    static final String AUSGELASSEN = "…";
    /** A shorter argument counts as sent only if it is a whole value (a year, „FB 1“ may stand inside a date). */
    private static final int TEIL_LAENGE = 8;

    private final Set<String> werte;

    private Eingaben(Set<String> werte) {
        this.werte = werte;
    }

    @SuppressWarnings("unchecked")
    static Eingaben aus(HttpRequest<?> request) {
        Set<String> werte = new HashSet<>();
        request.getAttribute(ATTRIBUT, Set.class).ifPresent(w -> ((Set<String>) w).forEach(s -> werte.add(norm(s))));
        request.getParameters().forEach((name, liste) -> liste.forEach(v -> werte.add(norm(v))));
        String[] vorlage = BasicHttpAttributes.getUriTemplate(request).orElse("").split("/");
        String[] pfad = request.getPath().split("/");
        for (int i = 0; i < pfad.length; i++) {
            if (i >= vorlage.length || vorlage[i].contains("{")) {
                werte.add(norm(URLDecoder.decode(pfad[i].replace("+", "%2B"), StandardCharsets.UTF_8)));
            }
        }
        werte.remove("");
        return new Eingaben(werte);
    }

    /** The argument, or „…“ where the client sent it (as it is, or as part of a value it sent). */
    Object argument(Object argument) {
        if (!(argument instanceof String text) || text.strip().length() < 3) {
            return argument;
        }
        String gesucht = norm(text);
        boolean gesendet = werte.stream().anyMatch(wert -> wert.equals(gesucht)
                || (gesucht.length() >= TEIL_LAENGE && wert.contains(gesucht)));
        return gesendet ? AUSGELASSEN : argument;
    }

    Object[] argumente(List<Object> argumente) {
        return argumente.stream().map(this::argument).toArray();
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
