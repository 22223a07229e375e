package de.teilhabe.platform.programm;

import de.teilhabe.plugin.api.kompatibilitaet.ApiKompatibilitaet;
import de.teilhabe.plugin.api.kompatibilitaet.Kompatibilitaet;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.migration.PluginMigrationen;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import de.teilhabe.plugin.api.programm.Programmdeskriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one plugin archive, step by step, and says how far it got: loaded by PF4J, API-compatible
 * ({@link ApiKompatibilitaet}), started, extensions created, descriptor read and matching the plugin id.
 * The first step that fails decides the state and the reason; a plugin that is not started is unloaded
 * again, so its class loader and jar file are released.
 */
final class ProgrammLader {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammLader.class);

    private final PluginVerwaltung pf4j;

    ProgrammLader(PluginVerwaltung pf4j) {
        this.pf4j = pf4j;
    }

    GeladenesProgramm laden(Path archiv) {
        String datei = archiv.getFileName().toString();
        String pluginId;
        try {
            pluginId = pf4j.loadPlugin(archiv);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Plugin-Archiv {} ließ sich nicht laden", datei, e);
            entladen(archiv);
            Manifestangaben m = Manifestangaben.aus(archiv);
            return GeladenesProgramm.ohneErweiterungen(Programm.fehlgeschlagen(m.id(), m.version(), datei,
                    "Das Plugin-Archiv „" + datei + "“ ließ sich nicht laden: " + Abschirmung.beschreibung(e)));
        }
        PluginDescriptor beschreibung = pf4j.getPlugin(pluginId).getDescriptor();
        String version = beschreibung.getVersion();
        Kompatibilitaet k = ApiKompatibilitaet.pruefe(pluginId, beschreibung.getRequires());
        if (!k.kompatibel()) {
            LOG.warn("{}", k.meldung());
            pf4j.unloadPlugin(pluginId);
            return GeladenesProgramm.ohneErweiterungen(Programm.abgelehnt(pluginId, version, datei, k.meldung()));
        }
        try {
            return starten(pluginId, version, archiv);
        } catch (Programmdefekt e) {
            pf4j.unloadPlugin(pluginId);
            return GeladenesProgramm.ohneErweiterungen(Programm.fehlgeschlagen(pluginId, version, datei,
                    "Das Plugin „" + pluginId + "“ wurde nicht gestartet: " + e.grund()));
        }
    }

    private GeladenesProgramm starten(String id, String version, Path archiv) {
        PluginState zustand = pf4j.startPlugin(id);
        if (zustand != PluginState.STARTED) {
            Throwable ursache = pf4j.getPlugin(id).getFailedException();
            throw new Programmdefekt(id, "der Start des Plugins warf "
                    + (ursache == null ? "einen Fehler (Zustand " + zustand + ")" : Abschirmung.beschreibung(ursache)),
                    ursache, false);
        }
        Erweiterungen erweiterungen = Erweiterungen.erzeugen(pf4j, id);
        List<Programmbeschreibung> beschreibungen = erweiterungen.von(Programmbeschreibung.class);
        if (beschreibungen.size() != 1) {
            throw new Programmdefekt(id, "es hat " + beschreibungen.size()
                    + " Programmbeschreibungen, verlangt ist genau eine", null, false);
        }
        Programmdeskriptor deskriptor = Abschirmung.rufe(id, "Programmbeschreibung.programm()",
                () -> beschreibungen.get(0).programm());
        if (deskriptor == null || !deskriptor.id().equals(id)) {
            throw new Programmdefekt(id, "die Programm-Id „" + (deskriptor == null ? null : deskriptor.id())
                    + "“ der Programmbeschreibung passt nicht zur Plugin-Id", null, false);
        }
        List<PluginMigrationen> migrationen = erweiterungen.von(PluginMigrationen.class);
        if (migrationen.size() > 1) {
            throw new Programmdefekt(id, "es hat " + migrationen.size() + " Migrationsquellen, erlaubt ist eine",
                    null, false);
        }
        Optional<Migrationsquelle> quelle = migrationen.stream().findFirst()
                .map(m -> Abschirmung.rufe(id, "PluginMigrationen.migrationen()", m::migrationen));
        String stand = quelle.map(q -> Abschirmung.rufe(id, "Das Lesen der Migrationsskripte",
                () -> Migrationsstand.von(archiv, q))).orElse("");
        LOG.info("Programm '{}' {} gestartet: {}", id, version, deskriptor.name());
        return new GeladenesProgramm(Programm.gestartet(id, version, archiv.getFileName().toString(), deskriptor),
                erweiterungen, pf4j.getPluginClassLoader(id), quelle, stand);
    }

    /** After a failed load PF4J may still hold the archive (e.g. an unresolved dependency): let go of it. */
    private void entladen(Path archiv) {
        for (PluginWrapper w : List.copyOf(pf4j.getPlugins())) {
            if (w.getPluginPath().equals(archiv)) {
                pf4j.unloadPlugin(w.getPluginId());
            }
        }
    }
}
