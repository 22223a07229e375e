package de.teilhabe.platform.programm;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the program plugins once at start from {@code teilhabe.plugins.verzeichnis} (every {@code *.jar}
 * directly in that directory) and knows the state of each: started, refused (plugin API) or failed with the
 * reason. Nothing a plugin archive contains can stop the platform from starting. The state lives in memory
 * of this server; PF4J writes nothing into the plugins directory.
 */
@Singleton
public class ProgrammHost {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammHost.class);

    private final String verzeichnis;
    private final Map<String, GeladenesProgramm> programme = new ConcurrentHashMap<>();
    private PluginVerwaltung pf4j;
    private volatile boolean geladen;
    private volatile Duration ladezeit = Duration.ZERO;

    ProgrammHost(@Nullable @Value("${teilhabe.plugins.verzeichnis:}") String verzeichnis) {
        this.verzeichnis = verzeichnis == null ? "" : verzeichnis.trim();
    }

    /** Loads and starts all plugin archives; a second call does nothing. */
    public synchronized void laden() {
        if (geladen) {
            return;
        }
        long start = System.nanoTime();
        List<Path> archive = archive();
        if (!archive.isEmpty()) {
            pf4j = new PluginVerwaltung(Path.of(verzeichnis));
            ProgrammLader lader = new ProgrammLader(pf4j);
            for (Path archiv : archive) {
                GeladenesProgramm g = lader.laden(archiv);
                String schluessel = programme.containsKey(g.programm().id())
                        ? g.programm().id() + "@" + g.programm().datei() : g.programm().id();
                programme.put(schluessel, g);
            }
        }
        geladen = true;
        ladezeit = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Programm-Plugins aus '{}': {} gestartet, {} abgelehnt, {} fehlgeschlagen in {} ms", verzeichnis,
                anzahl(Programmzustand.GESTARTET), anzahl(Programmzustand.ABGELEHNT),
                anzahl(Programmzustand.FEHLGESCHLAGEN), ladezeit.toMillis());
    }

    /** How long loading and starting all plugin archives took. */
    public Duration ladezeit() {
        return ladezeit;
    }

    /** All plugin archives found at start with their state, ordered by id. */
    public List<Programm> programme() {
        sicherGeladen();
        return programme.values().stream().map(GeladenesProgramm::programm)
                .sorted(Comparator.comparing(Programm::id).thenComparing(Programm::datei)).toList();
    }

    /** One program by id, whatever its state. */
    public Optional<Programm> programm(String id) {
        return geladen(id).map(GeladenesProgramm::programm);
    }

    Optional<GeladenesProgramm> geladen(String id) {
        sicherGeladen();
        return id == null ? Optional.empty() : Optional.ofNullable(programme.get(id));
    }

    private void sicherGeladen() {
        if (!geladen) {
            laden();
        }
    }

    /** Marks a started program as failed after a defect that will not heal (e.g. a missing class). */
    void defekt(String id, String grund) {
        GeladenesProgramm vorher = programme.computeIfPresent(id, (k, g) -> g.alsFehlgeschlagen(
                "Das Programm wurde wegen eines Fehlers angehalten: " + grund));
        if (vorher != null) {
            LOG.error("Programm '{}' als fehlgeschlagen markiert: {}", id, grund);
        }
    }

    @PreDestroy
    synchronized void beenden() {
        if (pf4j == null) {
            return;
        }
        // stop and unload one by one: PF4J 3.15's stopPlugins() can fail with ConcurrentModificationException
        for (PluginWrapper w : List.copyOf(pf4j.getPlugins())) {
            try {
                if (w.getPluginState() == PluginState.STARTED) {
                    pf4j.stopPlugin(w.getPluginId());
                }
                pf4j.unloadPlugin(w.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Plugin '{}' ließ sich nicht sauber beenden", w.getPluginId(), e);
            }
        }
        pf4j = null;
    }

    private List<Path> archive() {
        if (verzeichnis.isEmpty()) {
            LOG.warn("Kein Plugin-Verzeichnis konfiguriert (teilhabe.plugins.verzeichnis / TEILHABE_PLUGINS_DIR): "
                    + "keine Programme geladen");
            return List.of();
        }
        Path ordner = Path.of(verzeichnis);
        if (!Files.isDirectory(ordner)) {
            LOG.warn("Plugin-Verzeichnis '{}' gibt es nicht: keine Programme geladen", ordner.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> dateien = Files.list(ordner)) {
            return dateien.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.error("Plugin-Verzeichnis '{}' ist nicht lesbar: keine Programme geladen", ordner, e);
            return List.of();
        }
    }

    private long anzahl(Programmzustand zustand) {
        return programme.values().stream().filter(g -> g.programm().zustand() == zustand).count();
    }
}
