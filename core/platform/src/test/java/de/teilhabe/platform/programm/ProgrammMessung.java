package de.teilhabe.platform.programm;

import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the plugin host against the target (&lt; 1 s median): loading the four shipped program
 * plugins as at start, and enabling a program for a Kreis including its migrations; also the start's check
 * of already enabled programs. Runs only with {@code -Dteilhabe.messung=true} (see infra/bench/programme.sh);
 * prints the figures and writes them to {@code target/messung-programme.txt}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "teilhabe.messung", matches = "true")
class ProgrammMessung implements TestPropertyProvider {

    static final int LADEN = 21;
    static final int KREISE = 10;

    @Inject ApplicationContext ctx;
    @Inject ProgrammDienst dienst;
    @Inject ProgrammStart start;

    final Map<String, String> ergebnisse = new LinkedHashMap<>();
    Path ordner;

    @Override
    public Map<String, String> getProperties() {
        ordner = Pluginordner.mit(Pluginordner.PROGRAMME);
        return Map.of("teilhabe.plugins.verzeichnis", ordner.toString());
    }

    @Test
    void ladenAllerProgramme() {
        List<Double> zeiten = new ArrayList<>();
        for (int i = 0; i < LADEN; i++) {
            ProgrammHost host = new ProgrammHost(ordner.toString());
            long t0 = System.nanoTime();
            host.laden();
            zeiten.add(ms(t0));
            if (host.programme().stream().filter(Programm::istGestartet).count() != Pluginordner.PROGRAMME.size()) {
                throw new IllegalStateException("nicht alle Programme gestartet: " + host.programme());
            }
            host.beenden();
        }
        ergebnisse.put("Laden der 4 Programm-Plugins beim Start des Kontexts (kalte JVM)",
                format(ctx.getBean(ProgrammHost.class).ladezeit().toNanos() / 1_000_000.0));
        ergebnisse.put("Laden der 4 Programm-Plugins, erster weiterer Lauf", format(zeiten.get(0)));
        ergebnisse.put("Laden der 4 Programm-Plugins, Median von " + (LADEN - 1) + " weiteren",
                format(median(zeiten.subList(1, zeiten.size()))));
    }

    @Test
    void aktivierenMitMigrationen() {
        Map<String, List<Double>> jeProgramm = new LinkedHashMap<>();
        List<String> kreise = new ArrayList<>();
        for (int i = 0; i < KREISE; i++) {
            String slug = TestKreise.slug("mess");
            TestKreise.onboarden(ctx, slug);
            kreise.add(slug);
            Nutzer admin = TestKreise.admin(ctx, slug);
            for (String id : Pluginordner.PROGRAMME) {
                long t0 = System.nanoTime();
                dienst.aktivieren(admin, id);
                jeProgramm.computeIfAbsent(id, k -> new ArrayList<>()).add(ms(t0));
            }
        }
        List<Double> alle = new ArrayList<>();
        jeProgramm.forEach((id, zeiten) -> {
            alle.addAll(zeiten);
            ergebnisse.put("Aktivieren von " + id + " für einen neuen Kreis, Median von " + KREISE, format(median(zeiten)));
        });
        ergebnisse.put("Aktivieren (alle vier Programme zusammen), Median von " + alle.size(), format(median(alle)));
        List<Double> pruefen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            start.starten(kreise);
            pruefen.add(ms(t0) / KREISE);
        }
        ergebnisse.put("Start: Migrationen der aktiven Programme prüfen, je Kreis mit 4 Programmen, Median von 5",
                format(median(pruefen)));
    }

    @AfterAll
    void schreiben() throws IOException {
        StringBuilder text = new StringBuilder("Programm-Host, JDK " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs\n");
        ergebnisse.forEach((was, wert) -> text.append(String.format("%-95s %s%n", was, wert)));
        System.out.print(text);
        Files.writeString(Path.of("target", "messung-programme.txt"), text);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000.0;
    }

    private static double median(List<Double> werte) {
        List<Double> s = werte.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String format(double ms) {
        return String.format(java.util.Locale.ROOT, "%8.1f ms", ms);
    }
}
