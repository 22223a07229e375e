package de.teilhabe.platform.vertrag;

import de.teilhabe.platform.finanzierung.Programmumgebung;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API contract, checked against every operation of the application's own OpenAPI document — so an endpoint is
 * covered the day it appears — with generated bad input rather than hand-picked examples.
 *
 * <p>The test starts the application on the test database, builds a fixture Kreis with real data ({@link Fixtur}),
 * reads the OpenAPI document the server serves under {@code /swagger/}, and sends for each operation a base request
 * and then one bad part at a time ({@link Faelle}): path parameters real, random or malformed, query parameters of
 * the wrong type, stale or malformed {@code If-Match}, every body property replaced by NUL bytes, control
 * characters, 10,000 and 100,000 characters, a wrong JSON type, {@code null}, left out, invalid dates; unknown
 * properties; broken whole bodies; wrong content types; no or bad tokens. Each request carries its own marker
 * ({@code ZQXmark…}) in its string values. Every answer is checked ({@link Pruefung}): never a 5xx; what must be
 * refused is refused; every 4xx is RFC 9457 problem details with {@code type}, {@code title}, {@code status} (and
 * our {@code code}); no error answer echoes the marker or shows SQL or a stack trace; and after a refused request the
 * rows of the platform's and the Kreis's tables are as before (save the audit entry of a refusal that is audited by
 * design, {@link #PROTOKOLLIERTE_ABLEHNUNG}). All violations are collected and reported together, grouped by cause
 * and by operation; the full report is written to {@code target/vertrag-fuzz/befunde.txt}. The test fails if it
 * fuzzed fewer operations than the document lists (save those in {@link #AUSGELASSEN}, each with its reason) or sent
 * fewer than {@value #MIN_ANFRAGEN} requests.
 *
 * <p>Every choice comes from one seed, drawn anew for each run and printed at the start and in the failure message.
 * To repeat a run: {@code -Dvertrag.seed=<seed>} (or the environment variable {@code VERTRAG_SEED}). The real ids
 * of the fixture differ between runs; which of them a case uses, and everything else, does not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VertragFuzzTest implements TestPropertyProvider {

    static final int MIN_ANFRAGEN = 10_000;

    /** Operations deliberately not fuzzed, with the reason; each must exist in the document. */
    static final Map<String, String> AUSGELASSEN = Map.of();

    /**
     * Operations whose refusal (409) is audited by design: one row in the Kreis's audit log is then no violation.
     * Anything else a refused request writes still is.
     */
    static final Map<String, String> PROTOKOLLIERTE_ABLEHNUNG = Map.of("DELETE /api/teilnehmer/{id}",
            "a refused erasure request is audited as LOESCHUNG_ABGELEHNT (see Loeschung)");

    @Inject ApplicationContext ctx;
    @Inject EmbeddedServer server;
    @Inject @Client("/") HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("teilhabe.plugins.verzeichnis", Programmumgebung.pluginVerzeichnis());
    }

    @Test
    void jedeOperationHaeltDenVertragBeiSchlechterEingabe() throws IOException {
        long seed = seed();
        System.out.println("VertragFuzzTest seed=" + seed + " (repeat with -Dvertrag.seed=" + seed + ")");
        BlockingHttpClient client = http.toBlocking();
        String yaml = Schnittstelle.dokument(client);
        List<Vorgang> vorgaenge = new ArrayList<>(Schnittstelle.vorgaenge(yaml));
        int imDokument = Schnittstelle.zaehlen(yaml);
        vorgaenge.removeIf(v -> AUSGELASSEN.containsKey(v.name()));
        vorgaenge.sort(Comparator.comparingInt(Vorgang::phase).thenComparing(Vorgang::pfad)
                .thenComparing(Vorgang::methode));

        long start = System.nanoTime();
        Fixtur fixtur = Fixtur.anlegen(ctx, client);
        long fixturMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Fixture in " + fixturMs + " ms: " + fixtur.uebersicht());
        System.out.println("Collections without real values: " + fixtur.leereSammlungen());

        Fuzzlauf.Ergebnis lauf;
        try (Zeilenzaehler zaehler = new Zeilenzaehler(ctx.getRequiredProperty("datasources.default.url",
                String.class), ctx.getRequiredProperty("datasources.default.username", String.class),
                ctx.getRequiredProperty("datasources.default.password", String.class), List.of("platform",
                fixtur.schema))) {
            lauf = new Fuzzlauf(fixtur, new Sender(server.getURL().toString()), zaehler, seed,
                    PROTOKOLLIERTE_ABLEHNUNG.keySet()).laufen(vorgaenge);
        }
        int anfragen = lauf.anfragen();
        Set<String> abgedeckt = lauf.abgedeckt();
        System.out.println(anfragen + " requests to " + abgedeckt.size() + " operations in " + lauf.millis() + " ms ("
                + anfragen * 1000L / Math.max(1, lauf.millis()) + " per second); fixture " + fixturMs + " ms; "
                + lauf.zeiten());

        Befundbericht bericht = new Befundbericht(lauf.befunde());
        Path datei = Path.of("target", "vertrag-fuzz", "befunde.txt");
        Files.createDirectories(datei.getParent());
        Files.writeString(datei, "seed=" + seed + "\n" + anfragen + " requests, " + abgedeckt.size()
                + " operations\n\n" + bericht.text(0), StandardCharsets.UTF_8);

        List<String> fehler = new ArrayList<>();
        for (String name : AUSGELASSEN.keySet()) {
            if (Schnittstelle.vorgaenge(yaml).stream().noneMatch(v -> v.name().equals(name))) {
                fehler.add("Skipped operation " + name + " is not in the document");
            }
        }
        if (abgedeckt.size() + AUSGELASSEN.size() != imDokument) {
            fehler.add("The document lists " + imDokument + " operations, but " + abgedeckt.size() + " were fuzzed and "
                    + AUSGELASSEN.size() + " skipped");
        }
        if (anfragen < MIN_ANFRAGEN) {
            fehler.add("Only " + anfragen + " requests generated, at least " + MIN_ANFRAGEN + " expected");
        }
        if (!bericht.leer()) {
            fehler.add(bericht.text(350));
        }
        if (!fehler.isEmpty()) {
            throw new AssertionError("API contract violated (seed " + seed + ", repeat with -Dvertrag.seed=" + seed
                    + "; " + anfragen + " requests, " + abgedeckt.size() + " operations; full report in "
                    + datei.toAbsolutePath() + "):\n" + String.join("\n\n", fehler));
        }
    }

    private static long seed() {
        String wert = System.getProperty("vertrag.seed", System.getenv("VERTRAG_SEED"));
        return wert == null || wert.isBlank() ? new Random().nextLong() : Long.parseLong(wert.strip());
    }
}
