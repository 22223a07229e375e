package de.teilhabe.platform.vertrag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One run over the operations, one request after another (so a changed row count belongs to the request before
 * it): generates each operation's cases from its own generator derived from the seed, sends them, checks the
 * answers and the row counts, and keeps every violation.
 */
final class Fuzzlauf {

    /** What the run did: requests sent, operations covered, violations, time, and where the time went. */
    record Ergebnis(int anfragen, Set<String> abgedeckt, List<Befund> befunde, long millis, String zeiten) {
    }

    private final Fixtur fixtur;
    private final Sender sender;
    private final Zeilenzaehler zaehler;
    private final long seed;
    private final Set<String> protokollierteAblehnung;

    Fuzzlauf(Fixtur fixtur, Sender sender, Zeilenzaehler zaehler, long seed, Set<String> protokollierteAblehnung) {
        this.fixtur = fixtur;
        this.sender = sender;
        this.zaehler = zaehler;
        this.seed = seed;
        this.protokollierteAblehnung = Set.copyOf(protokollierteAblehnung);
    }

    Ergebnis laufen(List<Vorgang> vorgaenge) {
        AtomicInteger marker = new AtomicInteger();
        List<Befund> befunde = new ArrayList<>();
        Set<String> abgedeckt = new LinkedHashSet<>();
        Map<String, Long> dauer = new LinkedHashMap<>();
        long[] messung = new long[2];
        int anfragen = 0;
        long start = System.nanoTime();
        String stand = zaehler.stand();
        for (Vorgang v : vorgaenge) {
            long t0 = System.nanoTime();
            List<Fall> faelle = Faelle.fuer(v, fixtur, new Random(seed ^ (v.name().hashCode() * 0x9E3779B97F4A7C15L)),
                    marker);
            for (Fall f : faelle) {
                long a = System.nanoTime();
                Sender.Antwort antwort = sender.senden(f, f.mitToken() ? fixtur.token(v).orElse(null) : null,
                        fixtur.ifMatch(f));
                long b = System.nanoTime();
                String neu = zaehler.stand();
                messung[0] += b - a;
                messung[1] += System.nanoTime() - b;
                befunde.addAll(Pruefung.pruefen(f, antwort, aenderung(v, antwort, stand, neu)));
                stand = neu;
                anfragen++;
            }
            if (!faelle.isEmpty()) {
                abgedeckt.add(v.name());
            }
            dauer.put(v.name() + " (" + faelle.size() + " requests)", (System.nanoTime() - t0) / 1_000_000);
        }
        String zeiten = "requests " + messung[0] / 1_000_000 + " ms, row counts " + messung[1] / 1_000_000
                + " ms; slowest: " + dauer.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
                .reversed()).limit(8).map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
        return new Ergebnis(anfragen, abgedeckt, befunde, (System.nanoTime() - start) / 1_000_000, zeiten);
    }

    /** The tables the request changed, {@code null} if none (or only the audit entry of a refusal audited by design). */
    private String aenderung(Vorgang v, Sender.Antwort antwort, String vorher, String nachher) {
        String aenderung = vorher.equals(nachher) ? null : zaehler.unterschied(vorher, nachher);
        boolean protokolliert = antwort.status() == 409 && protokollierteAblehnung.contains(v.name())
                && (fixtur.schema + ".audit_log +1").equals(aenderung);
        return protokolliert || anmeldungVermerkt(v, antwort, aenderung) ? null : aenderung;
    }

    /**
     * A failed or refused sign-in (401, 429) leaves by design its entry in the platform's audit log and its counters
     * in {@code platform.anmeldebremse} (which also purges old rows): nothing else.
     */
    private static boolean anmeldungVermerkt(Vorgang v, Sender.Antwort antwort, String aenderung) {
        return aenderung != null && v.name().equals("POST /api/anmeldung")
                && (antwort.status() == 401 || antwort.status() == 429)
                && java.util.Arrays.stream(aenderung.split(", ")).allMatch(t -> t.startsWith("platform.audit_log +")
                        || t.startsWith("platform.anmeldebremse "));
    }
}
