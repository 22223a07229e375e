package de.teilhabe.platform.fehler;

import io.micronaut.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a client sent — the strings of its JSON body ({@link Anfrageform} collects them), its query values and path
 * segments — so that an error answer never repeats them: a message argument found there is shown as „…“. Values the
 * platform holds (the name of the provider that already has a short name) stay in the text.
 */
final class Eingaben {

    static final String ATTRIBUT = "teilhabe.eingaben";
    static final String AUSGELASSEN = "…";

    private final Set<String> werte;

    private Eingaben(Set<String> werte) {
        this.werte = werte;
    }

    @SuppressWarnings("unchecked")
    static Eingaben aus(HttpRequest<?> request) {
        Set<String> werte = new HashSet<>();
        request.getAttribute(ATTRIBUT, Set.class).ifPresent(w -> ((Set<String>) w).forEach(s -> werte.add(norm(s))));
        request.getParameters().forEach((name, liste) -> liste.forEach(v -> werte.add(norm(v))));
        for (String teil : request.getPath().split("/")) {
            werte.add(norm(URLDecoder.decode(teil.replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        werte.remove("");
        return new Eingaben(werte);
    }

    /** The argument, or „…“ where it (or a part of it) was sent by the client. */
    Object argument(Object argument) {
        if (!(argument instanceof String text) || text.strip().length() < 3) {
            return argument;
        }
        String gesucht = norm(text);
        for (String wert : werte) {
            if (wert.contains(gesucht) || (wert.length() >= 3 && gesucht.contains(wert))) {
                return AUSGELASSEN;
            }
        }
        return argument;
    }

    Object[] argumente(List<Object> argumente) {
        return argumente.stream().map(this::argument).toArray();
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
