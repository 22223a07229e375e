package de.teilhabe.plugins.kim;

import de.teilhabe.plugin.api.stellen.Stelleneingabe;
import de.teilhabe.plugin.testkit.Migrationslauf;
import de.teilhabe.plugin.testkit.PluginJarPruefung;
import de.teilhabe.plugin.testkit.Pruefstand;
import de.teilhabe.plugins.kim.stellen.AuslaenderbehoerdenStellen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KimPluginIT extends PluginJarPruefung {

    @Override
    protected void pruefeTabellen(Migrationslauf lauf) throws Exception {
        assertThat(lauf.tabellen()).contains("kim_azr_stichtag", "kim_versorgungsluecke");
    }

    @Test
    void stellenformelAusDemJar() {
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            assertThat(p.stellenschluessel(AuslaenderbehoerdenStellen.ID).berechne(Stelleneingabe.leer()
                    .mit(AuslaenderbehoerdenStellen.ABH, 1).mit(AuslaenderbehoerdenStellen.EBH, 1)
                    .mit(AuslaenderbehoerdenStellen.AZR, 1)).stellen()).isEqualByComparingTo("2.25");
        }
    }
}
