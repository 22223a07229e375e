package de.teilhabe.platform.vertrag;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request: what it tries ({@code art}, e.g. {@code body.nul}, and {@code ziel}, e.g. the property
 * {@code person.vorname}), the request itself and what the answer must be.
 *
 * @param pfad           the path, percent-encoded
 * @param abfrage        the query string, percent-encoded, or empty
 * @param ifMatch        the {@code If-Match} header, {@link #AKTUELL} for the row's stored version, or {@code null}
 * @param versionVon     collection and id whose version {@link #AKTUELL} stands for
 * @param ablehnenWeil   why the request must be refused with a 4xx, or {@code null} if it may also succeed
 * @param status         the one status the answer must have, or {@code null}
 * @param mitToken       whether the bearer token of an account allowed to use the operation is sent
 * @param pfadGueltig    whether every path parameter is well-formed (real or a random UUID)
 */
record Fall(Vorgang vorgang, String art, String ziel, String pfad, String abfrage, Map<String, String> kopf,
            byte[] rumpf, String ifMatch, String[] versionVon, String ablehnenWeil, Integer status, boolean mitToken,
            boolean pfadGueltig, String marker) {

    static final String AKTUELL = "\u0000aktuell";

    String uri() {
        return abfrage.isEmpty() ? pfad : pfad + "?" + abfrage;
    }

    /** The same request without the token: it must be answered 401. */
    Fall ohneToken() {
        return new Fall(vorgang, "auth.none+" + art, ziel, pfad, abfrage, kopf, rumpf, ifMatch, versionVon,
                "no credentials", 401, false, pfadGueltig, marker);
    }

    /** The same request with another body, sent as JSON. */
    Fall mitJson(String json) {
        Map<String, String> koepfe = new java.util.LinkedHashMap<>(kopf);
        koepfe.put("Content-Type", "application/json");
        return new Fall(vorgang, art, ziel, pfad, abfrage, Map.copyOf(koepfe), json.getBytes(StandardCharsets.UTF_8),
                ifMatch, versionVon, ablehnenWeil, status, mitToken, pfadGueltig, marker);
    }

    /** How the request looked, shortened, for the report. */
    String kurz() {
        StringBuilder s = new StringBuilder(vorgang.methode()).append(' ').append(Texte.kuerzen(uri(), 160));
        kopf.forEach((k, v) -> s.append(" [").append(k).append(": ").append(Texte.kuerzen(v, 60)).append(']'));
        if (ifMatch != null) {
            s.append(" [If-Match: ").append(ifMatch.equals(AKTUELL) ? "<stored version>"
                    : Texte.kuerzen(ifMatch, 40)).append(']');
        }
        if (!mitToken) {
            s.append(" [no token]");
        }
        if (rumpf != null) {
            s.append(" body=").append(Texte.kuerzen(new String(rumpf, StandardCharsets.UTF_8), 200));
        }
        return s.toString();
    }
}
