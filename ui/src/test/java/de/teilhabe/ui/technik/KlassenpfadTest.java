package de.teilhabe.ui.technik;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class KlassenpfadTest {
    @Test
    void nurUnsereKlassenUndVaadinsJars(@TempDir Path ordner) throws IOException {
        Path klassen = Files.createDirectories(ordner.resolve("classes"));
        String pfad = String.join(File.pathSeparator, klassen.toString(), "/x/flow-server-24.9.15.jar",
                "/x/vaadin-grid-flow-24.9.14.jar", "/x/micronaut-core-4.10.26.jar", "/x/jetty-server-12.0.36.jar");
        assertThat(Klassenpfad.zuDurchsuchen(pfad)).containsExactly(klassen.toString(),
                "/x/flow-server-24.9.15.jar", "/x/vaadin-grid-flow-24.9.14.jar");
    }

    @Test
    void manifestEintraegeVonJavaMinusJar(@TempDir Path ordner) throws IOException {
        Path jar = ordner.resolve("teilhabe-server.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/flow-server-24.9.15.jar lib/postgresql-42.7.8.jar");
        try (OutputStream aus = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(aus, manifest)) {
            j.flush();
        }
        assertThat(Klassenpfad.zuDurchsuchen(jar.toString())).containsExactly(jar.toString(),
                ordner.resolve("lib/flow-server-24.9.15.jar").toString());
    }
}
