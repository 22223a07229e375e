package de.teilhabe.plugins.durchstarten;

import de.teilhabe.plugin.testkit.Migrationslauf;
import de.teilhabe.plugin.testkit.PluginJarPruefung;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurchstartenPluginIT extends PluginJarPruefung {

    @Override
    protected void pruefeTabellen(Migrationslauf lauf) throws Exception {
        assertThat(lauf.tabellen()).contains("ds_weiterleitung", "ds_eigenanteil");
    }

    @Test
    void katalogAusDemJar() {
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            assertThat(p.bausteine()).hasSize(5);
            assertThat(p.baustein(5).istWettbewerb()).isTrue();
        }
    }
}
