package de.teilhabe.plugin.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the file names directly in a classpath folder (directory or jar) as a class loader sees it. */
final class Klassenpfadordner {

    private Klassenpfadordner() {
    }

    static List<String> dateien(ClassLoader lader, String ordner) {
        List<String> namen = new ArrayList<>();
        try {
            for (URL url : Collections.list(lader.getResources(ordner))) {
                namen.addAll(switch (url.getProtocol()) {
                    case "file" -> ausVerzeichnis(Path.of(url.toURI()));
                    case "jar" -> ausJar(url, ordner);
                    default -> List.of();
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return namen.stream().distinct().sorted().toList();
    }

    private static List<String> ausVerzeichnis(Path verzeichnis) throws IOException {
        try (Stream<Path> s = Files.list(verzeichnis)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> ausJar(URL url, String ordner) throws IOException {
        JarURLConnection verbindung = (JarURLConnection) url.openConnection();
        verbindung.setUseCaches(false);
        String praefix = ordner.endsWith("/") ? ordner : ordner + "/";
        try (JarFile jar = verbindung.getJarFile()) {
            return jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(praefix) && n.length() > praefix.length()
                            && n.indexOf('/', praefix.length()) < 0)
                    .map(n -> n.substring(praefix.length())).toList();
        }
    }
}
