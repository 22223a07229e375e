package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.kompatibilitaet.ApiKompatibilitaet;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import de.teilhabe.plugin.api.programm.Programmbeschreibung;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginClassLoader;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard checks of the <em>built</em> plugin jar, run by Maven's failsafe plugin after {@code package}
 * (name the subclass {@code …IT}). The plugins' parent pom passes the jar path and the expected plugin id
 * as system properties {@code teilhabe.plugin.jar} and {@code teilhabe.plugin.id}. A plugin without
 * {@code PluginMigrationen} must not ship scripts under {@code db/plugins/<id>}. The migration check
 * needs the test PostgreSQL (see {@link Testdatenbank}).
 */
public abstract class PluginJarPruefung {

    /** The jar built by this module. */
    protected static Path pluginJar() {
        String pfad = System.getProperty("teilhabe.plugin.jar");
        if (pfad == null) {
            throw new IllegalStateException("System-Property teilhabe.plugin.jar fehlt (Test per failsafe starten)");
        }
        return Path.of(pfad);
    }

    /** The plugin id the module's pom declares. */
    protected static String erwartetePluginId() {
        return System.getProperty("teilhabe.plugin.id");
    }

    @Test
    void manifestEnthaeltAllePf4jAngaben() {
        PluginManifest m = PluginManifest.aus(pluginJar());

        assertThat(m.id()).isEqualTo(erwartetePluginId());
        assertThat(m.version()).isNotBlank();
        assertThat(m.provider()).isNotBlank();
        assertThat(m.klasse()).isNotBlank();
        assertThat(ApiKompatibilitaet.pruefe(m.id(), m.requires()).kompatibel()).as(m.requires()).isTrue();
    }

    @Test
    void pf4jStartetDasPluginIsoliertUndFindetSeineErweiterungen() {
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            Programmbeschreibung b = p.erweiterungen(Programmbeschreibung.class).get(0);

            assertThat(b.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
            assertThat(p.programm().id()).isEqualTo(erwartetePluginId());
            assertThat(p.konsistenzmaengel()).as("Konsistenzmängel").isEmpty();
        }
    }

    @Test
    void migrationenLaufenInEinemFrischenSchemaUndSindWiederholbar() throws Exception {
        try (Pruefstand p = Pruefstand.ausJar(pluginJar())) {
            Optional<Migrationsquelle> quelle = p.migrationen();
            if (quelle.isEmpty()) {
                // no declaration: there must be no scripts either, they would never run
                assertThat(Klassenpfadordner.dateien(p.klassenlader(), "db/plugins/" + p.pluginId()))
                        .as("Migrationsskripte ohne PluginMigrationen-Erweiterung").isEmpty();
                return;
            }
            try (Migrationslauf lauf = new Migrationslauf(Testdatenbank.ausUmgebung(), p.klassenlader(),
                    quelle.get(), p.pluginId())) {
                MigrateResult erster = lauf.migriere();
                MigrateResult zweiter = lauf.migriere();

                assertThat(erster.migrationsExecuted).isPositive();
                assertThat(zweiter.migrationsExecuted).isZero();
                assertThat(lauf.tabellen()).contains(quelle.get().historientabelle());
                pruefeTabellen(lauf);
            }
        }
    }

    /** Override to assert the plugin's own tables after migration. */
    protected void pruefeTabellen(Migrationslauf lauf) throws Exception {
    }
}
