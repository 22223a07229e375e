package de.teilhabe.plugins.vorlage;

import de.teilhabe.plugin.testkit.Migrationslauf;
import de.teilhabe.plugin.testkit.PluginJarPruefung;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs after `package`: manifest, PF4J loading, migrations in a scratch schema. Keep this class. */
class VorlagePluginIT extends PluginJarPruefung {

    @Override
    protected void pruefeTabellen(Migrationslauf lauf) throws Exception {
        assertThat(lauf.tabellen()).contains("vorlage_beispiel");
    }
}
