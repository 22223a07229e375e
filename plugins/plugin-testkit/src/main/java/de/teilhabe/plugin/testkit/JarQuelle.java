package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.kompatibilitaet.ApiKompatibilitaet;
import de.teilhabe.plugin.api.kompatibilitaet.Kompatibilitaet;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extensions of a built plugin jar, loaded the way the host loads it: the jar is copied into a fresh
 * plugins directory, checked with {@link ApiKompatibilitaet}, and loaded and started by PF4J's
 * {@link DefaultPluginManager} (own class loader per plugin).
 */
final class JarQuelle implements Erweiterungsquelle {

    private final Path verzeichnis;
    private final PluginManager manager;
    private final String pluginId;

    JarQuelle(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginAbgelehntException("Plugin-Jar " + jar + " fehlt – vorher `mvn package` ausführen");
        }
        PluginManifest manifest = PluginManifest.aus(jar);
        Kompatibilitaet k = ApiKompatibilitaet.pruefe(manifest.id(), manifest.requires());
        if (!k.kompatibel()) {
            throw new PluginAbgelehntException(k.meldung());
        }
        try {
            verzeichnis = Files.createTempDirectory("teilhabe-plugins");
            Files.copy(jar, verzeichnis.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manager = new DefaultPluginManager(verzeichnis);
        manager.loadPlugins();
        manager.startPlugins();
        pluginId = manifest.id();
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null || plugin.getPluginState() != PluginState.STARTED) {
            Throwable ursache = plugin == null ? null : plugin.getFailedException();
            close();
            throw new PluginAbgelehntException("Plugin „" + pluginId + "“ wurde von PF4J nicht gestartet (Zustand "
                    + (plugin == null ? "nicht geladen" : plugin.getPluginState()) + ")", ursache);
        }
    }

    PluginManager manager() {
        return manager;
    }

    @Override
    public <T> List<T> erweiterungen(Class<T> typ) {
        return manager.getExtensions(typ, pluginId);
    }

    @Override
    public ClassLoader klassenlader() {
        return manager.getPluginClassLoader(pluginId);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public void close() {
        // PF4J 3.15's stopPlugins() throws ConcurrentModificationException with started plugins
        // (pf4j/pf4j#656), so stop and unload one by one from a copy of the list
        for (PluginWrapper w : new ArrayList<>(manager.getPlugins())) {
            if (w.getPluginState() == PluginState.STARTED) {
                manager.stopPlugin(w.getPluginId());
            }
            manager.unloadPlugin(w.getPluginId());
        }
        try (Stream<Path> dateien = Files.walk(verzeichnis)) {
            dateien.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
