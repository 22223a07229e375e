package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.PluginApi;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.Plugin;

/**
 * Builds small plugin archives for the host's tests: Java sources compiled here against the plugin API
 * and PF4J, packed with a PF4J manifest and an extension index. The classes exist only in the archive, so
 * a class left out ({@link #ohne}) is really missing at run time.
 */
final class Testplugin {

    static final String PAKET = "de.teilhabe.testplugin";

    private final String id;
    private final Map<String, String> quellen = new LinkedHashMap<>();
    private final List<String> erweiterungen = new ArrayList<>();
    private final List<String> weggelassen = new ArrayList<>();
    private final Map<String, String> dateien = new LinkedHashMap<>();
    private String requires = PluginApi.EMPFOHLENE_ANFORDERUNG;
    private String pluginKlasse;

    private Testplugin(String id) {
        this.id = id;
    }

    /** A plugin with a valid descriptor for {@code id}; add more with the other methods. */
    static Testplugin mitBeschreibung(String id) {
        return new Testplugin(id).erweiterung("Beschreibung", """
                public class Beschreibung implements de.teilhabe.plugin.api.programm.Programmbeschreibung {
                    public de.teilhabe.plugin.api.programm.Programmdeskriptor programm() {
                        return de.teilhabe.plugin.api.programm.Programmdeskriptor.von("%s", "Testprogramm %s",
                                "Nur für Tests.", java.util.List.of(de.teilhabe.plugin.api.programm.Foerdergeber.MKFFI),
                                null);
                    }
                }""".formatted(id, id));
    }

    static Testplugin leer(String id) {
        return new Testplugin(id);
    }

    Testplugin klasse(String name, String quelle) {
        quellen.put(name, "package " + PAKET + ";\n" + quelle);
        return this;
    }

    Testplugin erweiterung(String name, String quelle) {
        erweiterungen.add(PAKET + "." + name);
        return klasse(name, quelle);
    }

    Testplugin pluginKlasse(String name, String quelle) {
        pluginKlasse = PAKET + "." + name;
        return klasse(name, quelle);
    }

    /** Lists the class in the extension index but leaves its class file out of the archive. */
    Testplugin ohne(String name) {
        weggelassen.add(name);
        return this;
    }

    Testplugin requires(String wert) {
        requires = wert;
        return this;
    }

    Testplugin datei(String pfad, String inhalt) {
        dateien.put(pfad, inhalt);
        return this;
    }

    /** Compiles, packs and writes {@code <id>.jar} into the directory. */
    Path bauen(Path verzeichnis) {
        try {
            Path arbeit = Files.createTempDirectory("testplugin-" + id);
            Path klassen = uebersetzen(arbeit);
            Path jar = verzeichnis.resolve(id + ".jar");
            try (JarOutputStream aus = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
                eintrag(aus, "META-INF/extensions.idx", String.join("\n", erweiterungen) + "\n");
                for (Map.Entry<String, String> d : dateien.entrySet()) {
                    eintrag(aus, d.getKey(), d.getValue());
                }
                try (Stream<Path> alle = Files.walk(klassen)) {
                    for (Path k : alle.filter(Files::isRegularFile).sorted().toList()) {
                        String name = klassen.relativize(k).toString().replace('\\', '/');
                        if (weggelassen.stream().noneMatch(w -> name.equals(PAKET.replace('.', '/') + "/" + w + ".class"))) {
                            aus.putNextEntry(new JarEntry(name));
                            aus.write(Files.readAllBytes(k));
                            aus.closeEntry();
                        }
                    }
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path uebersetzen(Path arbeit) throws IOException {
        Path src = arbeit.resolve("src");
        Path klassen = Files.createDirectories(arbeit.resolve("classes"));
        List<String> argumente = new ArrayList<>(List.of("-d", klassen.toString(), "-proc:none", "--release", "17",
                "-cp", ort(Programmbeschreibung.class) + java.io.File.pathSeparator + ort(Plugin.class)));
        for (Map.Entry<String, String> q : quellen.entrySet()) {
            Path datei = src.resolve(PAKET.replace('.', '/')).resolve(q.getKey() + ".java");
            Files.createDirectories(datei.getParent());
            Files.writeString(datei, q.getValue());
            argumente.add(datei.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, argumente.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("Testplugin " + id + " ließ sich nicht übersetzen");
        }
        return klassen;
    }

    private Manifest manifest() {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(PluginApi.MANIFEST_ID, id);
        a.putValue(PluginApi.MANIFEST_VERSION, "1.0.0");
        a.putValue(PluginApi.MANIFEST_PROVIDER, "Test");
        if (requires != null) {
            a.putValue(PluginApi.MANIFEST_REQUIRES, requires);
        }
        if (pluginKlasse != null) {
            a.putValue(PluginApi.MANIFEST_CLASS, pluginKlasse);
        }
        return m;
    }

    private static void eintrag(JarOutputStream aus, String name, String inhalt) throws IOException {
        aus.putNextEntry(new JarEntry(name));
        aus.write(inhalt.getBytes(StandardCharsets.UTF_8));
        aus.closeEntry();
    }

    private static String ort(Class<?> klasse) {
        try {
            return Path.of(klasse.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
