package de.teilhabe.platform.vertrag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules every answer must keep: no 5xx; a request that must be refused is refused (with the one status where
 * the case names one); every 4xx is {@code application/problem+json} with {@code type}, {@code title} and
 * {@code status} (the HTTP status), and our problems also with their {@code code}; no error answer repeats the
 * request's marker or shows SQL or a stack trace; and a refused request changed no row.
 */
final class Pruefung {

    /** Texts that betray SQL or a stack trace in an answer. */
    static final List<String> VERRAT = List.of("SQL", "ERROR:", "org.postgresql", "Exception", " at de.", "jooq");
    private static final String UNSER_TYP = "urn:teilhabe:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Pruefung() {
    }

    /** @param aenderung the tables a request changed, {@code null} if none */
    static List<Befund> pruefen(Fall f, Sender.Antwort a, String aenderung) {
        List<Befund> befunde = new ArrayList<>();
        String text = new String(a.rumpf(), StandardCharsets.UTF_8);
        if (a.fehler() != null) {
            befunde.add(befund(f, "no answer: " + a.fehler().replaceAll("[0-9]+", "N"), a, a.fehler()));
            return befunde;
        }
        int s = a.status();
        if (s >= 500) {
            befunde.add(befund(f, "5xx", a, text));
        } else if (f.status() != null && s != f.status()) {
            befunde.add(befund(f, "status " + s + " instead of " + f.status() + " (" + f.ablehnenWeil() + ")", a,
                    text));
        } else if (f.ablehnenWeil() != null && s < 400) {
            befunde.add(befund(f, "accepted: " + f.ablehnenWeil(), a, text));
        }
        if (s >= 400 && s < 500) {
            problem(f, a, text, befunde);
            if (aenderung != null) {
                befunde.add(befund(f, "4xx but rows changed", a, aenderung + "; " + text));
            }
        }
        if (s >= 400) {
            if (text.toLowerCase(Locale.ROOT).contains(f.marker().toLowerCase(Locale.ROOT))) {
                befunde.add(befund(f, "error answer echoes the submitted value", a, text));
            }
            for (String verrat : VERRAT) {
                if (verrat.equals("jooq") ? text.toLowerCase(Locale.ROOT).contains(verrat) : text.contains(verrat)) {
                    befunde.add(befund(f, "error answer shows SQL or a stack trace (" + verrat.strip() + ")", a,
                            text));
                    break;
                }
            }
        }
        return befunde;
    }

    private static void problem(Fall f, Sender.Antwort a, String text, List<Befund> befunde) {
        String typ = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
        if (!typ.startsWith("application/problem+json")) {
            befunde.add(befund(f, "4xx not application/problem+json (" + (a.contentType() == null ? "no Content-Type"
                    : a.contentType()) + ")", a, text));
            return;
        }
        JsonNode p;
        try {
            p = JSON.readTree(text);
        } catch (IOException e) {
            p = null;
        }
        if (p == null || !p.isObject()) {
            befunde.add(befund(f, "problem body is not a JSON object", a, text));
            return;
        }
        List<String> fehlt = new ArrayList<>();
        for (String feld : List.of("type", "title", "status")) {
            if (!p.hasNonNull(feld) || p.get(feld).asText().isBlank()) {
                fehlt.add(feld);
            }
        }
        if (!fehlt.isEmpty()) {
            befunde.add(befund(f, "problem without " + String.join(", ", fehlt), a, text));
        } else if (!p.get("status").isInt() || p.get("status").asInt() != a.status()) {
            befunde.add(befund(f, "problem status differs from the HTTP status", a, text));
        }
        String problemTyp = p.path("type").asText("");
        if (problemTyp.startsWith(UNSER_TYP) && !problemTyp.substring(UNSER_TYP.length()).equals(
                p.path("code").asText(""))) {
            befunde.add(befund(f, "problem of ours without its code", a, text));
        }
    }

    private static Befund befund(Fall f, String art, Sender.Antwort a, String text) {
        String typ = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
        boolean lesbar = a.rumpf().length == 0 || typ.isEmpty() || typ.contains("json") || typ.startsWith("text/");
        String auszug = lesbar ? Texte.kuerzen(text, 300) : "[" + a.contentType() + ", " + a.rumpf().length + " bytes]";
        return new Befund(f.vorgang().name(), art, f.art(), f.ziel(), a.status(), f.kurz(), auszug);
    }
}
