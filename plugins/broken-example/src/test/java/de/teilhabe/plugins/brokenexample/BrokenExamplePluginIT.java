package de.teilhabe.plugins.brokenexample;

import de.teilhabe.plugin.api.PluginApi;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.PluginAbgelehntException;
import de.teilhabe.plugin.testkit.PluginJarPruefung;
import de.teilhabe.plugin.testkit.PluginManifest;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokenExamplePluginIT extends PluginJarPruefung {

    private static Path api2Jar() {
        return Path.of(System.getProperty("teilhabe.plugin.jar.api2"));
    }

    @Test
    void gestartetesPluginWirftErstBeimAufrufDerRegel() {
        LocalDate stichtag = LocalDate.of(2021, 3, 31);
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            assertThat(p.pluginManager().orElseThrow().getPlugin("broken-example").getPluginState())
                    .isEqualTo(PluginState.STARTED);
            assertThatThrownBy(() -> p.pruefe(Person.imAlter(20).am(stichtag).geduldet(), stichtag))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(BrokenExamplePlugin.FEHLERTEXT);
        }
    }

    @Test
    void jarFuerApi2WirdMitKlarerMeldungAbgelehnt() {
        assertThat(PluginManifest.aus(api2Jar()).id()).isEqualTo("broken-api-version");
        assertThatThrownBy(() -> Pruefstand.ausJar(api2Jar())).isInstanceOf(PluginAbgelehntException.class)
                .hasMessage("Plugin „broken-api-version“ wurde nicht geladen: Es wurde für die Plugin-API "
                        + "„>=2.0.0 & <3.0.0“ gebaut, die Plattform stellt aber die Plugin-API " + PluginApi.VERSION
                        + " bereit. Bitte eine zur Plattform passende Version des Plugins einspielen (oder die "
                        + "Plattform aktualisieren).");
    }

    @Test
    void pf4jSelbstStartetDasApi2JarNichtWennDieSystemversionGesetztIst(@TempDir Path verzeichnis) throws Exception {
        Files.copy(api2Jar(), verzeichnis.resolve(api2Jar().getFileName()));
        DefaultPluginManager pm = new DefaultPluginManager(verzeichnis);
        pm.setSystemVersion(PluginApi.VERSION);
        pm.loadPlugins();
        pm.startPlugins();

        // PF4J only logs a warning and disables it – the reason for the host to use ApiKompatibilitaet
        assertThat(pm.getPlugin("broken-api-version").getPluginState()).isEqualTo(PluginState.DISABLED);
        assertThat(pm.getExtensions(Zielgruppenregel.class, "broken-api-version"))
                .isEmpty();
        pm.unloadPlugin("broken-api-version");
    }
}
