package de.teilhabe.ui.konfiguration;

import de.teilhabe.ui.TestAnmeldung;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import de.teilhabe.platform.demo.RknMassnahmen;
import de.teilhabe.platform.kreis.KreisVerwaltung;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Browserless view tests of the configuration views: the real Micronaut context with the program plugins
 * (gemeinsam-klappts, durchstarten, kim) against the test database, a Kreis like the Rhein-Kreis Neuss
 * with the Maßnahmen of seed 000.
 */
public abstract class MitProgrammen {
    protected static ApplicationContext kontext;
    private static final Routes ROUTEN = new Routes().autoDiscoverViews("de.teilhabe.ui");
    protected static final List<String> PROGRAMME = List.of("gemeinsam-klappts", "durchstarten", "kim");

    @BeforeAll
    public static synchronized void kontextStarten() {
        if (kontext == null) {
            Map<String, Object> p = new HashMap<>(TestServer.grundlage());
            p.put("teilhabe.betreiber.passwort", TestKreise.BETREIBER_PASSWORT);
            p.put("teilhabe.plugins.verzeichnis", pluginVerzeichnis().toString());
            kontext = ApplicationContext.builder().properties(p).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kontext::close));
        }
        UiKontext.neu();
        UiKontext.setzen(kontext);
    }

    /** A temporary directory with copies of the three program plugins built next to the UI. */
    public static Path pluginVerzeichnis() {
        try {
            Path ziel = Files.createTempDirectory("teilhabe-ui-plugins");
            for (String programm : PROGRAMME) {
                Path target = Paths.get("..", "plugins", programm, "target");
                boolean gefunden = false;
                if (Files.isDirectory(target)) {
                    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, programm + "-*-SNAPSHOT.jar")) {
                        for (Path jar : jars) {
                            Files.copy(jar, ziel.resolve(jar.getFileName()));
                            gefunden = true;
                        }
                    }
                }
                if (!gefunden) {
                    throw new IllegalStateException("Plugin " + programm + " ist nicht gebaut (" + target.toAbsolutePath()
                            + "): erst mvn package -pl plugins/" + programm);
                }
            }
            ziel.toFile().deleteOnExit();
            return ziel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    public static void kontextFreigeben() {
        UiKontext.neu();
    }

    @BeforeEach
    protected void vaadin() {
        MockVaadin.setup(ROUTEN);
    }

    @AfterEach
    protected void vaadinBeenden() {
        MockVaadin.tearDown();
    }

    /** Onboards a Kreis with the Kommunen of the Rhein-Kreis Neuss, enables durchstarten, enters seed 000. */
    public static Nutzer rknMitMassnahmen(String slug) {
        TestKreise.onboarden(kontext, slug);
        Nutzer admin = TestKreise.admin(kontext, slug);
        kontext.getBean(ProgrammDienst.class).aktivieren(admin, "durchstarten");
        Nutzer ki = ki(admin);
        kontext.getBean(RknMassnahmen.class).anlegen(ki);
        return ki;
    }

    public static Nutzer ki(Nutzer admin) {
        return new Nutzer(admin.id(), admin.kreisSlug() + ".ki", "KI-Koordination", admin.kreisSlug(), admin.kreisName(),
                Set.of(Rolle.KI_KOORDINATION));
    }

    public static void anmelden(Nutzer nutzer) {
        TestAnmeldung.anmelden(kontext, nutzer);
    }

    public static void oeffnen(String pfad) {
        UI.getCurrent().navigate(pfad);
    }

    public static void entfernen(String slug) {
        kontext.getBean(KreisVerwaltung.class).offboarden(TestKreise.betreiber(kontext), slug, slug);
    }
}
