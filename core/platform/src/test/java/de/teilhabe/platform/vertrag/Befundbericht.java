package de.teilhabe.platform.vertrag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * All violations of a run as a readable report: first by cause (kind of violation, then input case, with the number
 * of requests and operations and one example each), then by operation and kind.
 */
final class Befundbericht {

    private final List<Befund> befunde;

    Befundbericht(List<Befund> befunde) {
        this.befunde = List.copyOf(befunde);
    }

    boolean leer() {
        return befunde.isEmpty();
    }

    int anzahl() {
        return befunde.size();
    }

    /** The report, at most {@code zeilen} lines (0: all). */
    String text(int zeilen) {
        List<String> aus = new ArrayList<>();
        aus.add(befunde.size() + " violations in " + befunde.stream().map(Befund::vorgang).distinct().count()
                + " operations.");
        aus.add("");
        aus.add("== By cause ==");
        Map<String, List<Befund>> nachArt = gruppen(befunde, Befund::art);
        for (Map.Entry<String, List<Befund>> art : nachArt.entrySet()) {
            aus.add(art.getValue().size() + " requests in " + operationen(art.getValue()) + " operations: "
                    + art.getKey());
            Map<String, List<Befund>> nachFall = gruppen(art.getValue(), Befund::fall);
            int n = 0;
            for (Map.Entry<String, List<Befund>> fall : nachFall.entrySet()) {
                if (n++ == 12) {
                    aus.add("    … " + (nachFall.size() - 12) + " more input cases");
                    break;
                }
                Befund b = fall.getValue().get(0);
                aus.add("    case " + fall.getKey() + ": " + fall.getValue().size() + " requests, "
                        + operationen(fall.getValue()) + " operations; e.g. " + b.vorgang() + " [" + b.ziel() + "] → "
                        + b.status());
                aus.add("        request: " + b.anfrage());
                aus.add("        answer:  " + b.auszug());
            }
        }
        aus.add("");
        aus.add("== By operation ==");
        Map<String, List<Befund>> nachVorgang = befunde.stream().collect(
                Collectors.groupingBy(Befund::vorgang, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Befund>> vorgang : nachVorgang.entrySet()) {
            aus.add(vorgang.getKey() + " (" + vorgang.getValue().size() + ")");
            for (Map.Entry<String, List<Befund>> art : gruppen(vorgang.getValue(), Befund::art).entrySet()) {
                Befund b = art.getValue().get(0);
                Set<String> faelle = art.getValue().stream().map(Befund::fall).collect(Collectors.toCollection(
                        java.util.TreeSet::new));
                aus.add("    " + art.getValue().size() + "× " + art.getKey() + " — cases " + Texte.kuerzen(
                        String.join(", ", faelle), 160) + "; e.g. " + b.fall() + " [" + b.ziel() + "] → " + b.status()
                        + ": " + Texte.kuerzen(b.auszug(), 140));
            }
        }
        if (zeilen > 0 && aus.size() > zeilen) {
            int rest = aus.size() - zeilen;
            aus = new ArrayList<>(aus.subList(0, zeilen));
            aus.add("… " + rest + " more lines in the full report");
        }
        return String.join("\n", aus);
    }

    private static Map<String, List<Befund>> gruppen(List<Befund> liste,
                                                     java.util.function.Function<Befund, String> schluessel) {
        Map<String, List<Befund>> g = liste.stream().collect(Collectors.groupingBy(schluessel, LinkedHashMap::new,
                Collectors.toList()));
        return g.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<Befund>> e) ->
                        -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static long operationen(List<Befund> liste) {
        return liste.stream().map(Befund::vorgang).distinct().count();
    }
}
