package de.teilhabe.plugin.testkit;

import org.junit.jupiter.api.Test;
import org.pf4j.Plugin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard unit checks every program plugin should pass; extend it once per plugin:
 *
 * <pre>{@code
 * class KimStandardTest extends PluginPruefung {
 *     KimStandardTest() { super(KimPlugin.class); }
 * }
 * }</pre>
 */
public abstract class PluginPruefung {

    private final Class<? extends Plugin> pluginKlasse;

    protected PluginPruefung(Class<? extends Plugin> pluginKlasse) {
        this.pluginKlasse = pluginKlasse;
    }

    @Test
    void erklaertSichWiderspruchsfrei() {
        try (Pruefstand p = Pruefstand.ausKlassenpfad(pluginKlasse)) {
            assertThat(p.konsistenzmaengel()).as("Konsistenzmängel").isEmpty();
        }
    }

    @Test
    void nutztNurPluginApiPf4jUndJdk() {
        PluginArchitektur.pruefeNurPluginApi(pluginKlasse);
    }
}
