package de.teilhabe.plugins.gemeinsamklappts;

import de.teilhabe.plugin.testkit.Migrationslauf;
import de.teilhabe.plugin.testkit.Person;
import de.teilhabe.plugin.testkit.PluginJarPruefung;
import de.teilhabe.plugin.testkit.Pruefstand;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static de.teilhabe.plugin.testkit.TestkitAssertions.assertThatUrteil;
import static org.assertj.core.api.Assertions.assertThat;

/** The built jar, loaded by PF4J as the host does. */
class GemeinsamKlapptsPluginIT extends PluginJarPruefung {

    @Override
    protected void pruefeTabellen(Migrationslauf lauf) throws Exception {
        assertThat(lauf.tabellen()).contains("gk_thm_zustaendigkeit");
    }

    @Test
    void regelAusDemJarUrteiltWieErwartet() {
        LocalDate stichtag = LocalDate.of(2021, 3, 31);
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            assertThatUrteil(p.pruefe(Person.imAlter(18).am(stichtag).geduldet(), stichtag)).istPrimaer();
            assertThatUrteil(p.pruefe(Person.ohneGeburtsdatum().gestattet(), stichtag)).istNichtEntscheidbar();
        }
    }
}
