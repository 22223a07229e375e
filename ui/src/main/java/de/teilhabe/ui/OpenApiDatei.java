package de.teilhabe.ui;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The name of the OpenAPI document the platform's build generated under META-INF/swagger
 * (Micronaut appends the API version, e.g. teilhabe-api-1.yml), for the start banner.
 */
final class OpenApiDatei {
    private static final String ORDNER = "META-INF/swagger/";

    private OpenApiDatei() {
    }

    static Optional<String> finden() {
        try {
            for (URL ordner : Collections.list(OpenApiDatei.class.getClassLoader().getResources(ORDNER))) {
                Optional<String> name = namen(ordner).stream().filter(n -> n.endsWith(".yml")).sorted().findFirst();
                if (name.isPresent()) {
                    return name;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> namen(URL ordner) throws IOException {
        if ("jar".equals(ordner.getProtocol())) {
            JarURLConnection verbindung = (JarURLConnection) ordner.openConnection();
            verbindung.setUseCaches(false);
            try (JarFile jar = verbindung.getJarFile()) {
                return jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(ORDNER) && n.indexOf('/', ORDNER.length()) < 0 && n.length() > ORDNER.length())
                        .map(n -> n.substring(ORDNER.length())).toList();
            }
        }
        if ("file".equals(ordner.getProtocol())) {
            String[] dateien = new File(ordner.getPath()).list();
            return dateien == null ? List.of() : Arrays.asList(dateien);
        }
        return List.of();
    }
}
