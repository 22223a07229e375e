package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.PluginApi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Id and version from an archive PF4J could not load, so that the failure can still be named. */
record Manifestangaben(String id, String version) {

    static Manifestangaben aus(Path archiv) {
        String datei = archiv.getFileName().toString();
        String ersatz = datei.endsWith(".jar") ? datei.substring(0, datei.length() - 4) : datei;
        try (JarFile jar = new JarFile(archiv.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return new Manifestangaben(ersatz, "");
            }
            String id = manifest.getMainAttributes().getValue(PluginApi.MANIFEST_ID);
            String version = manifest.getMainAttributes().getValue(PluginApi.MANIFEST_VERSION);
            return new Manifestangaben(id == null || id.isBlank() ? ersatz : id.trim(),
                    version == null ? "" : version.trim());
        } catch (IOException | RuntimeException e) {
            return new Manifestangaben(ersatz, "");
        }
    }
}
