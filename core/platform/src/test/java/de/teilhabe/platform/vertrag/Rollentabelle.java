package de.teilhabe.platform.vertrag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The role table of the README's section „Security“: between {@link #ANFANG} and {@link #ENDE}, one Markdown table
 * per API area, one row per operation ({@code `METHOD /path`} as in the OpenAPI document) and one column per role
 * ({@link #SPALTEN}), each cell a {@link Zelle}. Reads the table ({@link #lesen}) and writes one in the same form
 * ({@link #schreiben}).
 */
final class Rollentabelle {

    static final String ANFANG = "<!-- rollentabelle:anfang -->";
    static final String ENDE = "<!-- rollentabelle:ende -->";
    /** The columns after the operation: the roles of {@code Rolle}, then anonymous callers. */
    static final List<String> SPALTEN = List.of("KREIS_ADMIN", "KI_KOORDINATION", "CASE_MANAGEMENT",
            "MASSNAHMETRAEGER", "GREMIUM_LESERECHT", "BETREIBER", "anonym");
    private static final List<String> METHODEN = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** One row: the operation, its cells by column, its line in the file. */
    record Zeile(String vorgang, Map<String, Zelle> zellen, int zeilennummer) {
    }

    /** The rows by operation, and what could not be read (malformed rows, an operation named twice). */
    record Tabelle(Map<String, Zeile> zeilen, List<String> fehler) {
    }

    private Rollentabelle() {
    }

    /** The project's README.md: in the working directory or the nearest folder above it that has one. */
    static Path readme() {
        for (Path ordner = Path.of("").toAbsolutePath(); ordner != null; ordner = ordner.getParent()) {
            Path datei = ordner.resolve("README.md");
            if (Files.isRegularFile(datei) && Files.isDirectory(ordner.resolve("core"))) {
                return datei;
            }
        }
        throw new IllegalStateException("No README.md above " + Path.of("").toAbsolutePath());
    }

    static Tabelle lesen(Path datei) {
        List<String> zeilen;
        try {
            zeilen = Files.readAllLines(datei, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Zeile> gelesen = new LinkedHashMap<>();
        List<String> fehler = new ArrayList<>();
        int anfang = zeilen.indexOf(ANFANG);
        int ende = zeilen.indexOf(ENDE);
        if (anfang < 0 || ende < anfang) {
            fehler.add("README.md: no role table between " + ANFANG + " and " + ENDE);
            return new Tabelle(gelesen, fehler);
        }
        for (int i = anfang + 1; i < ende; i++) {
            String zeile = zeilen.get(i).strip();
            if (!zeile.startsWith("|")) {
                continue;
            }
            List<String> zellen = zellen(zeile);
            String ort = "README.md line " + (i + 1) + ": ";
            if (zellen.get(0).equals("Operation")) {
                if (!zellen.subList(1, zellen.size()).equals(SPALTEN)) {
                    fehler.add(ort + "columns must be Operation | " + String.join(" | ", SPALTEN));
                }
                continue;
            }
            if (zellen.get(0).matches(":?-+:?")) {
                continue;
            }
            String vorgang = zellen.get(0).replace("`", "").strip().replaceAll("\\s+", " ");
            if (zellen.size() != SPALTEN.size() + 1) {
                fehler.add(ort + vorgang + " has " + (zellen.size() - 1) + " cells, not " + SPALTEN.size());
                continue;
            }
            Map<String, Zelle> werte = new LinkedHashMap<>();
            for (int s = 0; s < SPALTEN.size(); s++) {
                Optional<Zelle> z = Zelle.von(zellen.get(s + 1));
                if (z.isEmpty()) {
                    fehler.add(ort + vorgang + " " + SPALTEN.get(s) + ": unknown cell '" + zellen.get(s + 1) + "'");
                } else {
                    werte.put(SPALTEN.get(s), z.get());
                }
            }
            if (werte.get("anonym") != null && werte.get("anonym").protokolliert) {
                fehler.add(ort + vorgang + " anonym: an anonymous call has no user name to audit; use ✓");
            }
            if (gelesen.containsKey(vorgang)) {
                fehler.add(ort + vorgang + " appears twice (first in line " + gelesen.get(vorgang).zeilennummer()
                        + ")");
            }
            gelesen.put(vorgang, new Zeile(vorgang, werte, i + 1));
        }
        return new Tabelle(gelesen, fehler);
    }

    /**
     * The table as Markdown (what goes between the markers): one table per area, in the areas' alphabetical order,
     * the operations by path and method.
     */
    static String schreiben(Map<String, String> bereiche, Map<String, Map<String, Zelle>> zellen) {
        Map<String, List<String>> nachBereich = new TreeMap<>();
        zellen.keySet().forEach(v -> nachBereich.computeIfAbsent(bereiche.getOrDefault(v, ""), b -> new ArrayList<>())
                .add(v));
        StringBuilder text = new StringBuilder();
        nachBereich.forEach((bereich, vorgaenge) -> {
            vorgaenge.sort(Comparator.comparing((String v) -> v.substring(v.indexOf(' ') + 1))
                    .thenComparing(v -> METHODEN.indexOf(v.substring(0, v.indexOf(' ')))));
            text.append("\n**").append(bereich.isEmpty() ? "(ohne Tag)" : bereich).append("**\n\n");
            text.append("| Operation | ").append(String.join(" | ", SPALTEN)).append(" |\n");
            text.append("|---|").append("---|".repeat(SPALTEN.size())).append('\n');
            for (String v : vorgaenge) {
                text.append("| `").append(v).append("` |");
                for (String s : SPALTEN) {
                    Zelle z = zellen.get(v).get(s);
                    text.append(' ').append(z == null ? "?" : z.text).append(" |");
                }
                text.append('\n');
            }
        });
        return text.toString();
    }

    private static List<String> zellen(String zeile) {
        String innen = zeile.substring(1, zeile.endsWith("|") && zeile.length() > 1 ? zeile.length() - 1
                : zeile.length());
        return Arrays.stream(innen.split("\\|", -1)).map(String::strip).toList();
    }
}
