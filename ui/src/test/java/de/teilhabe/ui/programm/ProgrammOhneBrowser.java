package de.teilhabe.ui.programm;

import de.teilhabe.ui.TestAnmeldung;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.testing.TestKreise;
import de.teilhabe.ui.TestServer;
import de.teilhabe.ui.technik.UiKontext;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Browserless view tests (Karibu) of the program views: the real Micronaut context against the test database,
 * with the three shipped program plugins loaded from a temporary plugins directory (the archives the reactor
 * build left in {@code ../plugins/<id>/target}, or the platform's {@code target/test-plugins}).
 */
abstract class ProgrammOhneBrowser {
    static final List<String> PROGRAMME = List.of("durchstarten", "gemeinsam-klappts", "kim");
    static ApplicationContext kontext;
    private static final Routes ROUTEN = new Routes().autoDiscoverViews("de.teilhabe.ui");

    @BeforeAll
    static synchronized void kontextStarten() {
        if (kontext == null) {
            Map<String, Object> p = new HashMap<>(TestServer.grundlage());
            p.put("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT);
            p.put("teilhabe.plugins.verzeichnis", pluginVerzeichnis());
            kontext = ApplicationContext.builder().properties(p).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kontext::close));
        }
        UiKontext.neu();
        UiKontext.setzen(kontext);
    }

    @AfterAll
    static void kontextFreigeben() {
        UiKontext.neu();
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup(ROUTEN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void vaadinBeenden() {
        MockVaadin.tearDown();
    }

    static void anmelden(Nutzer nutzer) {
        TestAnmeldung.anmelden(kontext, nutzer);
    }

    static void oeffnen(String pfad) {
        UI.getCurrent().navigate(pfad);
    }

    static void entfernen(String slug) {
        kontext.getBean(KreisVerwaltung.class).offboarden(TestKreise.betreiber(kontext), slug, slug);
    }

    /** A temporary directory with the archives of the three programs (never the broken or test plugins). */
    static String pluginVerzeichnis() {
        List<Path> quellen = new ArrayList<>();
        String eigens = System.getProperty("teilhabe.test.plugins");
        if (eigens != null && !eigens.isBlank()) {
            quellen.add(Path.of(eigens));
        }
        quellen.add(Path.of("../core/platform/target/test-plugins"));
        PROGRAMME.forEach(id -> quellen.add(Path.of("../plugins", id, "target")));
        try {
            Path ziel = Files.createTempDirectory("teilhabe-ui-programme");
            for (String id : PROGRAMME) {
                Path archiv = null;
                for (Path q : quellen) {
                    archiv = archiv != null ? archiv : archiv(q, id);
                }
                if (archiv == null) {
                    throw new IllegalStateException("Archiv des Programms " + id + " fehlt in " + quellen
                            + " – vorher `mvn -pl ui -am package -DskipTests` ausführen");
                }
                Files.copy(archiv, ziel.resolve(archiv.getFileName()));
            }
            return ziel.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path archiv(Path verzeichnis, String id) throws IOException {
        if (!Files.isDirectory(verzeichnis)) {
            return null;
        }
        try (Stream<Path> dateien = Files.list(verzeichnis)) {
            return dateien.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(id + "-") && n.length() > id.length() + 1 && Character.isDigit(n.charAt(id.length() + 1))
                        && n.endsWith(".jar") && !n.endsWith("-api-2.jar") && !n.endsWith("-sources.jar")
                        && !n.endsWith("-tests.jar");
            }).findFirst().orElse(null);
        }
    }
}
