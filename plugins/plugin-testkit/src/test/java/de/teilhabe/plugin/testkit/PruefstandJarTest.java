package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.PluginApi;
import de.teilhabe.plugin.api.zielgruppe.Zielgruppenregel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginState;

import java.nio.file.Path;
import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PruefstandJarTest {

    private static final LocalDate STICHTAG = LocalDate.of(2021, 3, 31);

    @TempDir
    Path verzeichnis;

    @Test
    void pf4jLaedtDasJarMitEigenemKlassenladerUndStartetEs() throws Exception {
        Path jar = BeispielJar.baue(verzeichnis, PluginApi.EMPFOHLENE_ANFORDERUNG);

        try (Pruefstand p = Pruefstand.ausJar(jar)) {
            assertThat(p.pluginId()).isEqualTo("testkit-beispiel");
            assertThat(p.pluginManager()).hasValueSatisfying(m ->
                    assertThat(m.getPlugin("testkit-beispiel").getPluginState()).isEqualTo(PluginState.STARTED));
            Zielgruppenregel regel = p.zielgruppenregel();
            assertThat(regel.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
            assertThatUrteil(p.pruefe(Person.imAlter(27).am(STICHTAG).geduldet(), STICHTAG)).istPrimaer();
            assertThat(p.konsistenzmaengel()).contains("Bausteinnummer „1“ ist doppelt");
        }
    }

    @Test
    void jarFuerEineAndereApiHauptversionWirdAbgelehnt() throws Exception {
        Path jar = BeispielJar.baue(verzeichnis, ">=2.0.0 & <3.0.0");

        assertThatThrownBy(() -> Pruefstand.ausJar(jar)).isInstanceOf(PluginAbgelehntException.class)
                .hasMessage("Plugin „testkit-beispiel“ wurde nicht geladen: Es wurde für die Plugin-API „>=2.0.0 & <3.0.0“ "
                        + "gebaut, die Plattform stellt aber die Plugin-API " + PluginApi.VERSION + " bereit. Bitte eine "
                        + "zur Plattform passende Version des Plugins einspielen (oder die Plattform aktualisieren).");
    }

    @Test
    void fehlendesJarGibtEinenHinweis() {
        assertThatThrownBy(() -> Pruefstand.ausJar(verzeichnis.resolve("gibt-es-nicht.jar")))
                .isInstanceOf(PluginAbgelehntException.class).hasMessageContaining("mvn package");
    }
}
