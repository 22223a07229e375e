package de.teilhabe.plugin.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Packs the test fixture plugin from target/test-classes into a PF4J plugin jar. */
final class BeispielJar {

    private BeispielJar() {
    }

    static Path baue(Path ziel, String pluginRequires) throws IOException, URISyntaxException {
        Path klassen = Path.of(BeispielJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", "testkit-beispiel");
        a.putValue("Plugin-Version", "0.0.1");
        a.putValue("Plugin-Provider", "Test");
        a.putValue("Plugin-Class", "de.teilhabe.plugin.testkit.beispiel.BeispielPlugin");
        a.putValue("Plugin-Requires", pluginRequires);
        Path jar = ziel.resolve("testkit-beispiel.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            for (String ordner : List.of("de/teilhabe/plugin/testkit/beispiel", "db/plugins/testkit-beispiel")) {
                try (Stream<Path> dateien = Files.list(klassen.resolve(ordner))) {
                    for (Path d : dateien.toList()) {
                        hinzu(j, ordner + "/" + d.getFileName(), d);
                    }
                }
            }
            hinzu(j, "META-INF/extensions.idx", klassen.resolve("META-INF/extensions.idx"));
        }
        return jar;
    }

    private static void hinzu(JarOutputStream j, String name, Path datei) throws IOException {
        j.putNextEntry(new JarEntry(name));
        Files.copy(datei, j);
        j.closeEntry();
    }
}
