package de.teilhabe.platform.vertrag;

import static de.teilhabe.platform.vertrag.Beispielwerte.MARKER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated requests for one operation: a plausible base request, then one bad part at a time — each path
 * parameter malformed or pointing nowhere, each query parameter of the wrong type, a stale or malformed
 * {@code If-Match}, each body property replaced ({@link Rumpfmutationen}), broken whole bodies, wrong content types,
 * and requests without or with a bad token. Every choice comes from the given {@link Random}, so a seed repeats a
 * run; every request carries its own marker in place of {@link Beispielwerte#MARKER}.
 */
final class Faelle {

    /** The share of generated requests that are also sent without a token. */
    static final double ANTEIL_OHNE_TOKEN = 0.05;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Leaves the {@code If-Match} header out. */
    private static final String OHNE = "\u0000ohne";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /**
     * Values of query parameters that the document types as plain strings (the API parses them itself), for
     * {@link #gueltig}: yes/no switches, the provider-name option, the file format.
     */
    private static final Map<String, String> GUELTIGE_ABFRAGE = Map.of("trockenlauf", "false",
            "duplikateUeberspringen", "true", "traegername", "voll", "format", "pdf", "meine", "false", "nummer", "6");
    private static final Set<String> DATUMSNAMEN = Set.of("stichtag", "am", "ab", "bis", "datum");

    /** Malformed path values: label, value, whether the value is already percent-encoded. */
    private record Kaputt(String name, String wert, boolean roh) {
    }

    private static final List<Kaputt> KAPUTT = List.of(new Kaputt("abc", "abc", false),
            new Kaputt("nul", MARKER + "\u0000", false), new Kaputt("string-10k", MARKER + "x".repeat(10_000), false),
            new Kaputt("unicode-slash", MARKER + " ü/?#", false), new Kaputt("minus-1", "-1", false),
            new Kaputt("overflow", "99999999999999999999", false), new Kaputt("dot-dot", "%2E%2E", true),
            new Kaputt("invalid-utf8", "%C3%28", true));

    /** The path of one case: encoded text, why it makes the request invalid ({@code null}: all real), version row. */
    private record Pfad(String text, String ablehnenWeil, String[] versionVon, String beschreibung,
                        boolean gueltig) {
    }

    private final Vorgang v;
    private final Fixtur fixtur;
    private final Random zufall;
    private final AtomicInteger nummer;
    /** Which of the real values a path parameter takes ({@link #gueltig}), negative for a random choice. */
    private final int wahl;
    private final Beispielwerte beispiele;
    private final JsonNode basis;
    private final List<Fall> faelle = new ArrayList<>();

    private Faelle(Vorgang v, Fixtur fixtur, Random zufall, AtomicInteger nummer, int wahl) {
        this.v = v;
        this.fixtur = fixtur;
        this.zufall = zufall;
        this.nummer = nummer;
        this.wahl = wahl;
        this.beispiele = new Beispielwerte(fixtur, zufall);
        this.basis = v.rumpf().filter(Vorgang.Rumpf::istJson).map(r -> beispiele.wert("body", r.schema()))
                .map(b -> wahl >= 0 ? GueltigeRuempfe.anpassen(v.name(), b) : b).orElse(null);
    }

    static List<Fall> fuer(Vorgang v, Fixtur fixtur, Random zufall, AtomicInteger nummer) {
        Faelle f = new Faelle(v, fixtur, zufall, nummer, -1);
        f.erzeugen();
        return f.faelle;
    }

    /**
     * One well-formed request as a client that may use the operation would send it: every path parameter a real
     * value of the fixture where it has one — the {@code wahl}-th (modulo their number), so callers that change or
     * delete can each be given an object of their own — else a random UUID; the base body; the stored version in
     * {@code If-Match}.
     */
    static Fall gueltig(Vorgang v, Fixtur fixtur, Random zufall, AtomicInteger nummer, int wahl) {
        Faelle f = new Faelle(v, fixtur, zufall, nummer, Math.max(0, wahl));
        f.fall("gueltig", "", Map.of(), null, null, null, null, true, Map.of(), null);
        return f.faelle.get(0);
    }

    private void erzeugen() {
        fall("basis", "", Map.of(), null, null, null, null, true, Map.of(), null);
        if (fixtur.token(v).isPresent()) {
            fall("auth.none", "", Map.of(), null, null, null, "no credentials", false, Map.of(), 401);
            fall("auth.invalid-token", "Authorization", Map.of("Authorization", "Bearer " + MARKER + ".e30.x"), null,
                    null, null, "invalid token", false, Map.of(), 401);
            fall("auth.basic", "Authorization", Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((MARKER + ":x").getBytes(StandardCharsets.UTF_8))), null, null, null,
                    "wrong scheme", false, Map.of(), 401);
        }
        pfadFaelle();
        abfrageFaelle();
        ifMatchFaelle();
        v.rumpf().ifPresent(r -> {
            if (r.istJson()) {
                jsonFaelle(r);
            } else if (r.istMultipart()) {
                multipartFaelle();
            }
        });
        List<Fall> ohne = new ArrayList<>();
        if (fixtur.token(v).isPresent()) {
            for (Fall f : faelle) {
                boolean klein = f.uri().length() < 2000 && (f.ifMatch() == null || f.ifMatch().length() < 2000);
                // a request without credentials and with a media type the operation does not take may be refused
                // for either (401 or 415, HTTP leaves the order open): only well-formed requests are sent without one
                boolean medientyp = f.art().startsWith("content-type.");
                if (f.mitToken() && f.pfadGueltig() && klein && !medientyp && zufall.nextDouble() < ANTEIL_OHNE_TOKEN) {
                    ohne.add(f.ohneToken());
                }
            }
        }
        faelle.addAll(ohne);
    }

    // ---- path ----

    private void pfadFaelle() {
        for (Vorgang.Parameter p : v.im("path")) {
            List<Kaputt> werte = new ArrayList<>(KAPUTT);
            werte.add(new Kaputt("random-uuid", Beispielwerte.uuid(zufall), false));
            for (Kaputt k : werte) {
                fall("path." + k.name(), p.name(), Map.of(), null, null, null, null, true, Map.of(p.name(), k), null);
            }
        }
    }

    /** The path of a case; {@code nurGueltig}: real values or random UUIDs only, nothing malformed. */
    private Pfad pfad(Map<String, Kaputt> vorgabe, boolean nurGueltig) {
        StringBuilder text = new StringBuilder();
        Map<String, String> bisher = new LinkedHashMap<>();
        String ablehnen = null;
        String[] version = null;
        boolean gueltig = true;
        List<String> beschreibung = new ArrayList<>();
        Matcher m = PARAMETER.matcher(v.pfad());
        int ende = 0;
        while (m.find()) {
            text.append(v.pfad(), ende, m.start());
            ende = m.end();
            String name = m.group(1);
            Vorgang.Parameter p = v.im("path").stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            String sammlung = sammlung(name, bisher);
            List<String> echte = echteWerte(name, sammlung, p, bisher);
            Kaputt k = vorgabe.get(name);
            double r = zufall.nextDouble();
            if (k == null && (r < 0.8 || nurGueltig || wahl >= 0) && !echte.isEmpty()) {
                String wert = wahl >= 0 ? echte.get(wahl % echte.size()) : echte.get(zufall.nextInt(echte.size()));
                bisher.put(name, wert);
                text.append(kodiert(wert));
                if (name.equals("id") || version == null) {
                    version = new String[] {sammlung, wert};
                }
                continue;
            }
            if (k == null) {
                k = r < 0.9 || nurGueltig || wahl >= 0 ? new Kaputt("random-uuid", Beispielwerte.uuid(zufall), false)
                        : KAPUTT.get(zufall.nextInt(KAPUTT.size()));
            }
            gueltig &= k.name().equals("random-uuid");
            bisher.put(name, k.wert());
            text.append(k.roh() ? k.wert() : kodiert(k.wert()));
            beschreibung.add(name + "=" + k.name());
            boolean loeschenDarfGelingen = v.methode().equals("DELETE") && (k.name().equals("random-uuid")
                    || p == null || !Set.of("uuid", "int64", "int32").contains(Schemata.format(p.schema())));
            if (!loeschenDarfGelingen && ablehnen == null) {
                ablehnen = "path parameter " + name + " " + k.name();
            }
        }
        text.append(v.pfad().substring(ende));
        return new Pfad(text.toString(), ablehnen, version, String.join(", ", beschreibung), gueltig);
    }

    /** The collection a path parameter names: the segment before it, or the value of the parameter before it. */
    private String sammlung(String name, Map<String, String> bisher) {
        String davor = v.pfad().substring(0, v.pfad().indexOf("{" + name + "}"));
        String[] segmente = davor.split("/");
        String letztes = segmente.length == 0 ? "" : segmente[segmente.length - 1];
        Matcher m = PARAMETER.matcher(letztes);
        return m.matches() ? bisher.getOrDefault(m.group(1), "") : letztes;
    }

    private List<String> echteWerte(String name, String sammlung, Vorgang.Parameter p, Map<String, String> bisher) {
        String vorlage = v.pfad().substring(0, v.pfad().indexOf("{" + name + "}") + name.length() + 2);
        List<String> werte = fixtur.echt(vorlage, bisher);
        if (werte.isEmpty() && name.equals("id")) {
            werte = fixtur.echt(sammlung, bisher);
        }
        if (werte.isEmpty()) {
            werte = fixtur.echt(name, bisher);
        }
        if (werte.isEmpty() && p != null) {
            werte = Schemata.aufzaehlung(p.schema());
        }
        return werte;
    }

    // ---- query ----

    private void abfrageFaelle() {
        for (Vorgang.Parameter p : v.im("query")) {
            String typ = Schemata.typ(p.schema());
            String format = Schemata.format(p.schema());
            boolean datum = format.equals("date") || DATUMSNAMEN.contains(p.name().toLowerCase(Locale.ROOT));
            Map<String, String> schlecht = new LinkedHashMap<>();
            Map<String, String> grund = new LinkedHashMap<>();
            if (typ.equals("integer") || typ.equals("number")) {
                schlecht.put("text", MARKER);
                schlecht.put("fraction", "1.5");
                schlecht.put("overflow", "99999999999999999999");
                schlecht.put("negative", "-1");
                grund.put("text", "wrong type");
                grund.put("overflow", "out of range");
                if (typ.equals("integer")) {
                    grund.put("fraction", "fraction for an integer");
                }
            } else if (typ.equals("boolean")) {
                schlecht.put("vielleicht", "vielleicht");
                schlecht.put("text", MARKER);
                grund.put("vielleicht", "not a boolean");
                grund.put("text", "not a boolean");
            } else if (datum) {
                for (String d : List.of("2021-02-30", "0000-01-01", "+10000-01-01")) {
                    schlecht.put(d, d);
                    grund.put(d, "invalid date");
                }
                schlecht.put("text", MARKER);
                grund.put("text", "invalid date");
            } else if (format.equals("uuid")) {
                schlecht.put("malformed", "abc-" + MARKER);
                grund.put("malformed", "malformed UUID");
            } else if (!Schemata.aufzaehlung(p.schema()).isEmpty()) {
                schlecht.put("enum-unknown", MARKER);
                grund.put("enum-unknown", "value not in the enum");
            }
            schlecht.put("nul", MARKER + "\u0000");
            grund.put("nul", typ.equals("string") && !datum && !format.equals("uuid")
                    && Schemata.aufzaehlung(p.schema()).isEmpty() ? "NUL byte in a string" : "wrong type");
            schlecht.put("control-chars", Rumpfmutationen.STEUERZEICHEN);
            schlecht.put("string-10k", MARKER + "q".repeat(10_000));
            schlecht.put("empty", "");
            for (Map.Entry<String, String> s : schlecht.entrySet()) {
                Map<String, String> werte = new LinkedHashMap<>();
                werte.put(p.name(), s.getValue());
                fall("query." + s.getKey(), p.name(), Map.of(), null, null, werte, grund.get(s.getKey()), true,
                        Map.of(), null);
            }
            if (p.pflicht()) {
                Map<String, String> ohne = new LinkedHashMap<>();
                ohne.put(p.name(), null);
                fall("query.missing", p.name(), Map.of(), null, null, ohne, "required parameter missing", true,
                        Map.of(), null);
            }
        }
    }

    private String abfrage(Map<String, String> vorgabe) {
        List<String> teile = new ArrayList<>();
        for (Vorgang.Parameter p : v.im("query")) {
            String wert;
            if (vorgabe.containsKey(p.name())) {
                wert = vorgabe.get(p.name());
            } else if (wahl >= 0 && GUELTIGE_ABFRAGE.containsKey(p.name())) {
                wert = GUELTIGE_ABFRAGE.get(p.name());
            } else if (!p.pflicht() && wahl < 0 && zufall.nextBoolean()) {
                continue;
            } else {
                wert = basiswert(p);
            }
            if (wert != null) {
                teile.add(kodiert(p.name()) + "=" + kodiert(wert));
            }
        }
        return String.join("&", teile);
    }

    private String basiswert(Vorgang.Parameter p) {
        Object standard = Schemata.standard(p.schema());
        if (standard != null) {
            return standard.toString();
        }
        return switch (Schemata.typ(p.schema())) {
            case "boolean" -> Boolean.toString(zufall.nextBoolean());
            case "integer", "number" -> beispiele.wert(p.name(), p.schema()).asText();
            default -> beispiele.text(p.name(), p.schema());
        };
    }

    // ---- If-Match ----

    private void ifMatchFaelle() {
        if (!v.hatIfMatch()) {
            return;
        }
        Map<String, String> werte = new LinkedHashMap<>();
        werte.put("missing", null);
        werte.put("empty", "");
        werte.put("not-a-number", "\"abc\"");
        werte.put("stale", "\"987654\"");
        werte.put("negative", "W/\"-1\"");
        werte.put("overflow", "\"99999999999999999999\"");
        werte.put("string-10k", "\"" + MARKER + "z".repeat(10_000) + "\"");
        werte.forEach((art, wert) -> fall("if-match." + art, "If-Match", Map.of(), null, wert == null ? OHNE : wert,
                null, "stale or malformed If-Match", true, Map.of(), null));
    }

    // ---- bodies ----

    private void jsonFaelle(Vorgang.Rumpf r) {
        String json = text(basis);
        for (Rumpfmutationen.Mutation m : Rumpfmutationen.fuer(basis, r.schema(), zufall)) {
            fall(m.art(), m.ziel(), Map.of(), bytes(text(m.rumpf())), null, null, m.ablehnenWeil(), true, Map.of(),
                    null);
        }
        boolean objekt = Schemata.typ(r.schema()).equals("object");
        boolean pflichtfelder = Schemata.felder(r.schema()).stream().anyMatch(Schemata.Feld::pflicht);
        ganz("whole.empty", new byte[0], r.pflicht() ? "required body missing" : null);
        ganz("whole.{}", bytes("{}"), pflichtfelder ? "required properties missing" : null);
        ganz("whole.null", bytes("null"), "body is null");
        ganz("whole.trailing-garbage", bytes(json + " xyz" + MARKER), "trailing garbage after the JSON");
        ganz("whole.two-documents", bytes(json + json), "trailing garbage after the JSON");
        ganz("whole.truncated", bytes(json.substring(0, json.length() - 1)), "truncated JSON");
        ganz("whole.not-json", bytes(MARKER + " kein JSON"), "not JSON");
        if (objekt) {
            ganz("whole.array", bytes("[" + json + "]"), "array instead of an object");
        }
        String erstes = Schemata.felder(r.schema()).stream().map(Schemata.Feld::name).findFirst()
                .orElse(MARKER + "-tief");
        ganz("whole.deep-nesting", bytes("{\"" + erstes + "\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}"),
                "deeply nested JSON");
        ganz("whole.invalid-utf8", ungueltigesUtf8(json), "invalid UTF-8");
        for (String typ : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            fall("content-type." + typ, "Content-Type", Map.of("Content-Type", typ), bytes(json), null, null,
                    "wrong Content-Type", true, Map.of(), 415);
        }
        fall("content-type.missing", "Content-Type", Map.of(), bytes(json), null, null, "no Content-Type", true,
                Map.of(), null);
    }

    private void ganz(String art, byte[] rumpf, String ablehnenWeil) {
        fall(art, "(body)", Map.of(), rumpf, null, null, ablehnenWeil, true, Map.of(), null);
    }

    private void multipartFaelle() {
        String grenze = "vertrag" + MARKER;
        String typ = "multipart/form-data; boundary=" + grenze;
        Map<String, String> kopf = Map.of("Content-Type", typ);
        fall("multipart.csv", "datei", kopf, teil(grenze, "datei", "liste.csv", bytes("Nachname;Vorname;Geburtsdatum\n"
                + MARKER + ";A;01.01.1990\n")), null, null, null, true, Map.of(), null);
        fall("multipart.nul-bytes", "datei", kopf, teil(grenze, "datei", "liste.csv", bytes("Nachname;Vorname\n"
                + MARKER + "\u0000;\u0001\n")), null, null, null, true, Map.of(), null);
        fall("multipart.string-100k", "datei", kopf, teil(grenze, "datei", "liste.csv", bytes(MARKER
                + "w".repeat(100_000))), null, null, null, true, Map.of(), null);
        byte[] muell = new byte[2048];
        zufall.nextBytes(muell);
        fall("multipart.xlsx-garbage", "datei", kopf, teil(grenze, "datei", "liste.xlsx", muell), null, null, null,
                true, Map.of(), null);
        fall("multipart.filename", "datei", kopf, teil(grenze, "datei", "../" + MARKER + "\u0001.csv",
                bytes("Nachname;Vorname\n")), null, null, null, true, Map.of(), null);
        fall("multipart.wrong-part", "datei", kopf, teil(grenze, "anders", "liste.csv", bytes("a;b\n")), null, null,
                "required part missing", true, Map.of(), null);
        fall("multipart.empty", "(body)", kopf, new byte[0], null, null, "required part missing", true, Map.of(),
                null);
        fall("multipart.no-boundary", "Content-Type", Map.of("Content-Type", "multipart/form-data"),
                bytes("--x\r\n" + MARKER), null, null, "multipart without boundary", true, Map.of(), null);
        fall("multipart.not-multipart", "(body)", kopf, bytes(MARKER + " kein multipart"), null, null,
                "not multipart", true, Map.of(), null);
        for (String falsch : List.of("application/json", "text/plain")) {
            fall("content-type." + falsch, "Content-Type", Map.of("Content-Type", falsch), bytes("{\"datei\":\""
                    + MARKER + "\"}"), null, null, "wrong Content-Type", true, Map.of(), 415);
        }
        fall("content-type.missing", "Content-Type", Map.of(), teil(grenze, "datei", "liste.csv", bytes("a;b\n")),
                null, null, "no Content-Type", true, Map.of(), null);
    }

    // ---- assembling ----

    /**
     * Adds a case. {@code ifMatch}: {@code null} for the row's stored version where the operation has the header,
     * {@link #OHNE} to leave it out, otherwise the value. {@code abfrage}: values that replace the base query ({@code
     * null} value: left out). {@code rumpf}: {@code null} for the base body.
     */
    private void fall(String art, String ziel, Map<String, String> kopf, byte[] rumpf, String ifMatch,
                      Map<String, String> abfrage, String ablehnenWeil, boolean mitToken,
                      Map<String, Kaputt> pfadVorgabe, Integer status) {
        String marker = String.format("ZQXmark%06d", nummer.incrementAndGet());
        Pfad pfad = pfad(pfadVorgabe, art.startsWith("auth.") || art.startsWith("content-type.")
                || art.startsWith("if-match."));
        String query = abfrage(abfrage == null ? Map.of() : abfrage);
        Map<String, String> koepfe = new LinkedHashMap<>();
        kopf.forEach((k, w) -> koepfe.put(k, markiert(w, marker)));
        byte[] inhalt = rumpf;
        if (inhalt == null && basis != null) {
            inhalt = bytes(text(basis));
        }
        if (inhalt == null && v.rumpf().filter(Vorgang.Rumpf::istMultipart).isPresent()) {
            String grenze = "vertrag" + MARKER;
            koepfe.putIfAbsent("Content-Type", markiert("multipart/form-data; boundary=" + grenze, marker));
            inhalt = teil(grenze, "datei", "liste.csv", bytes("Nachname;Vorname\n" + MARKER + ";A\n"));
        }
        if (inhalt != null && !kopf.containsKey("Content-Type") && !art.equals("content-type.missing")) {
            koepfe.putIfAbsent("Content-Type", v.rumpf().map(Vorgang.Rumpf::medientyp).orElse("application/json"));
        }
        String ifm = !v.hatIfMatch() || OHNE.equals(ifMatch) ? null : ifMatch == null ? Fall.AKTUELL : ifMatch;
        if (ifm != null && !ifm.equals(Fall.AKTUELL)) {
            ifm = markiert(ifm, marker);
        }
        String grund = ablehnenWeil != null ? ablehnenWeil : pfad.ablehnenWeil();
        String beschreibung = pfad.beschreibung().isEmpty() || art.startsWith("path.") ? ziel
                : ziel + " (path " + pfad.beschreibung() + ")";
        faelle.add(new Fall(v, art, beschreibung, markiert(pfad.text(), marker), markiert(query, marker), koepfe,
                inhalt == null ? null : markiert(inhalt, marker), ifm, pfad.versionVon(), grund, status, mitToken,
                pfad.gueltig(), marker));
    }

    private static String markiert(String text, String marker) {
        return text.replace(MARKER, marker).replace(MARKER.toLowerCase(Locale.ROOT), marker.toLowerCase(Locale.ROOT));
    }

    private static byte[] markiert(byte[] inhalt, String marker) {
        byte[] alt = MARKER.getBytes(StandardCharsets.US_ASCII);
        byte[] altKlein = MARKER.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] neu = marker.getBytes(StandardCharsets.US_ASCII);
        byte[] neuKlein = marker.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] kopie = inhalt.clone();
        for (int i = 0; i + alt.length <= kopie.length; i++) {
            if (gleich(kopie, i, alt)) {
                System.arraycopy(neu, 0, kopie, i, neu.length);
            } else if (gleich(kopie, i, altKlein)) {
                System.arraycopy(neuKlein, 0, kopie, i, neuKlein.length);
            }
        }
        return kopie;
    }

    private static boolean gleich(byte[] inhalt, int ab, byte[] muster) {
        for (int j = 0; j < muster.length; j++) {
            if (inhalt[ab + j] != muster[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ungueltigesUtf8(String json) {
        byte[] text = bytes(json);
        int stelle = json.indexOf(MARKER);
        if (stelle < 0) {
            stelle = Math.max(0, json.indexOf('{') + 1);
            ByteArrayOutputStream neu = new ByteArrayOutputStream();
            neu.writeBytes(bytes("{\"" + MARKER));
            neu.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
            neu.writeBytes(bytes("\":1}"));
            return neu.toByteArray();
        }
        int bytePos = bytes(json.substring(0, stelle + MARKER.length())).length;
        ByteArrayOutputStream neu = new ByteArrayOutputStream();
        neu.write(text, 0, bytePos);
        neu.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        neu.write(text, bytePos, text.length - bytePos);
        return neu.toByteArray();
    }

    private static byte[] teil(String grenze, String name, String dateiname, byte[] inhalt) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(bytes("--" + grenze + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + dateiname + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        s.writeBytes(inhalt);
        s.writeBytes(bytes("\r\n--" + grenze + "--\r\n"));
        return s.toByteArray();
    }

    private static String kodiert(String wert) {
        return URLEncoder.encode(wert, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode knoten) {
        try {
            return JSON.writeValueAsString(knoten);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
