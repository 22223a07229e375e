package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.PluginApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The PF4J entries of a plugin jar's {@code MANIFEST.MF}.
 *
 * @param id        Plugin-Id
 * @param version   Plugin-Version
 * @param provider  Plugin-Provider
 * @param klasse    Plugin-Class
 * @param requires  Plugin-Requires
 */
public record PluginManifest(String id, String version, String provider, String klasse, String requires) {

    /** Reads the manifest of a plugin jar; missing entries are {@code null}. */
    public static PluginManifest aus(Path jar) {
        try (JarFile datei = new JarFile(jar.toFile())) {
            Manifest m = datei.getManifest();
            if (m == null) {
                throw new IllegalStateException(jar + " hat kein MANIFEST.MF");
            }
            Attributes a = m.getMainAttributes();
            return new PluginManifest(a.getValue(PluginApi.MANIFEST_ID), a.getValue(PluginApi.MANIFEST_VERSION),
                    a.getValue(PluginApi.MANIFEST_PROVIDER), a.getValue(PluginApi.MANIFEST_CLASS),
                    a.getValue(PluginApi.MANIFEST_REQUIRES));
        } catch (IOException e) {
            throw new UncheckedIOException("Plugin-Jar " + jar + " nicht lesbar", e);
        }
    }
}
