package de.teilhabe.platform.programm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plugins directories for tests: copies of the real plugin archives that the build put into
 * {@code target/test-plugins} (system property {@code teilhabe.test.plugins}), plus generated ones.
 */
final class Pluginordner {

    /** The program plugins the distribution ships. */
    static final List<String> PROGRAMME = List.of("gemeinsam-klappts", "durchstarten", "kim", "komm-an");

    private Pluginordner() {
    }

    static Path quelle() {
        return Path.of(System.getProperty("teilhabe.test.plugins", "target/test-plugins"));
    }

    /** A fresh directory with the archives whose file names are {@code <artefakt>-<version>.jar}. */
    static Path mit(List<String> artefakte) {
        try {
            Path ordner = Files.createTempDirectory("teilhabe-plugins");
            for (String artefakt : artefakte) {
                Path jar = archiv(artefakt);
                Files.copy(jar, ordner.resolve(jar.getFileName()));
            }
            return ordner;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built archive of an artifact, e.g. {@code kim} or {@code broken-example-api-2} (classifier). */
    static Path archiv(String artefakt) {
        String basis = artefakt.endsWith("-api-2") ? artefakt.substring(0, artefakt.length() - 6) : artefakt;
        String klassifikator = artefakt.endsWith("-api-2") ? "-api-2" : "";
        try (Stream<Path> dateien = Files.list(quelle())) {
            return dateien.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(basis + "-") && n.endsWith(klassifikator + ".jar")
                        && (!klassifikator.isEmpty() || !n.endsWith("-api-2.jar"))
                        && n.substring(basis.length() + 1).matches("\\d.*");
            }).findFirst().orElseThrow(() -> new IllegalStateException("Plugin-Archiv " + artefakt + " fehlt in "
                    + quelle().toAbsolutePath() + " – vorher `mvn -pl core/platform -am package` ausführen"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and directory name in the directory, to check that nothing was written into it. */
    static List<String> inhalt(Path ordner) {
        try (Stream<Path> dateien = Files.list(ordner)) {
            return dateien.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
