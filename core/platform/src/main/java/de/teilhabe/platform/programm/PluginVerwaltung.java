package de.teilhabe.platform.programm;

import java.nio.file.Path;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;

/**
 * PF4J as the host uses it: plugin archives are jar files directly in the plugins directory, read only.
 * PF4J's own defaults are switched off where they would write into that directory or guess: no
 * {@code enabled.txt}/{@code disabled.txt} (which program runs in which Kreis is data in the Kreis schema),
 * only jar archives (PF4J would unpack zip files into the directory), no development mode, and the plugin API always comes from the host, so a
 * plugin that bundles its own copy still speaks the host's types.
 */
class PluginVerwaltung extends DefaultPluginManager {

    static final String API_PAKET = "de.teilhabe.plugin.api.";

    PluginVerwaltung(Path verzeichnis) {
        super(verzeichnis);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                // not persisted: the host keeps the state of each plugin in memory
            }

            @Override
            public void enablePlugin(String pluginId) {
                // not persisted
            }
        };
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new JarPluginRepository(getPluginsRoots());
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new CompoundPluginDescriptorFinder().add(new ManifestPluginDescriptorFinder());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pfad, PluginDescriptor deskriptor) {
                return new PluginClassLoader(pluginManager, deskriptor, getClass().getClassLoader()) {
                    @Override
                    protected boolean shouldDelegateToParent(String klasse) {
                        return klasse.startsWith(API_PAKET) || super.shouldDelegateToParent(klasse);
                    }
                };
            }
        };
    }
}
