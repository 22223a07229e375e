package de.teilhabe.plugin.testkit;

import org.pf4j.Plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Extensions of a plugin whose classes are on the test classpath (e.g. {@code target/classes}): reads the
 * {@code META-INF/extensions.idx} that PF4J's annotation processor wrote next to the plugin class and
 * instantiates the listed classes with their no-argument constructor, as PF4J's default factory does.
 */
final class KlassenpfadQuelle implements Erweiterungsquelle {

    static final String INDEX = "META-INF/extensions.idx";

    private final ClassLoader lader;
    private final List<Object> instanzen;

    KlassenpfadQuelle(Class<? extends Plugin> pluginKlasse) {
        this.lader = pluginKlasse.getClassLoader();
        try {
            pluginKlasse.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Plugin-Klasse " + pluginKlasse.getName()
                    + " lässt sich nicht ohne Argumente erzeugen", e);
        }
        List<Object> liste = new ArrayList<>();
        for (String name : klassennamen(indexNeben(pluginKlasse))) {
            liste.add(erzeuge(name));
        }
        this.instanzen = Collections.unmodifiableList(liste);
    }

    private URL indexNeben(Class<?> pluginKlasse) {
        String ort = pluginKlasse.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            for (URL url : Collections.list(lader.getResources(INDEX))) {
                String u = url.toString();
                if (u.startsWith(ort) || u.startsWith("jar:" + ort + "!")) {
                    return url;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("Kein " + INDEX + " unter " + ort
                + " – läuft PF4J als Annotationsprozessor (annotationProcessorPaths)?");
    }

    static List<String> klassennamen(URL index) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(z -> !z.isEmpty() && !z.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object erzeuge(String name) {
        try {
            return Class.forName(name, true, lader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Erweiterung " + name + " lässt sich nicht erzeugen", e);
        }
    }

    @Override
    public <T> List<T> erweiterungen(Class<T> typ) {
        return instanzen.stream().filter(typ::isInstance).map(typ::cast).toList();
    }

    @Override
    public ClassLoader klassenlader() {
        return lader;
    }

    @Override
    public String pluginId() {
        return null;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
