package de.teilhabe.ui.technik;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * What Jetty's annotation scan gets to see. Jetty reads {@code java.class.path}: with
 * {@code java -jar teilhabe-server.jar} that names only the jar, not the manifest's {@code lib/*}, so Vaadin's
 * initializers would be skipped and no Vaadin servlet registered. Scanning all ~200 jars instead costs
 * seconds at every start; only our classes and Vaadin's jars hold what the scan must find
 * (routes, {@code @WebListener}s, servlet container initializers). The property is restored afterwards.
 */
public final class Klassenpfad {
    private static final Pattern ZU_DURCHSUCHEN = Pattern.compile("(teilhabe-server|ui|flow-.*|vaadin-.*)\\.jar");

    private Klassenpfad() {
    }

    public static <T> T mitEingeschraenktemScan(Callable<T> aufruf) throws Exception {
        String original = System.getProperty("java.class.path", "");
        System.setProperty("java.class.path", String.join(File.pathSeparator, zuDurchsuchen(original)));
        try {
            return aufruf.call();
        } finally {
            System.setProperty("java.class.path", original);
        }
    }

    static List<String> zuDurchsuchen(String klassenpfad) {
        List<String> ergebnis = new ArrayList<>();
        for (String eintrag : mitManifestEintraegen(klassenpfad)) {
            File datei = new File(eintrag);
            if (datei.isDirectory() || ZU_DURCHSUCHEN.matcher(datei.getName()).matches()) {
                ergebnis.add(eintrag);
            }
        }
        return ergebnis;
    }

    private static List<String> mitManifestEintraegen(String klassenpfad) {
        List<String> eintraege = new ArrayList<>(List.of(klassenpfad.split(File.pathSeparator)));
        if (eintraege.size() == 1 && eintraege.get(0).endsWith(".jar")) {
            File jar = new File(eintraege.get(0)).getAbsoluteFile();
            for (String eintrag : manifestKlassenpfad(jar)) {
                eintraege.add(new File(jar.getParentFile(), eintrag).getPath());
            }
        }
        return eintraege;
    }

    private static List<String> manifestKlassenpfad(File jar) {
        try (JarFile datei = new JarFile(jar)) {
            Manifest manifest = datei.getManifest();
            String wert = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return wert == null || wert.isBlank() ? List.of() : List.of(wert.trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
