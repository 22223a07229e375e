package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.testkit.beispiel.BeispielPlugin;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Needs the test PostgreSQL (infra/db/ensure-postgres.sh --test-db). */
class MigrationslaufTest {

    @Test
    void wendetDieMigrationenInEinemFrischenSchemaAnUndRaeumtAuf() throws Exception {
        Testdatenbank db = Testdatenbank.ausUmgebung();
        String schema;
        try (Pruefstand p = Pruefstand.ausKlassenpfad(BeispielPlugin.class);
             Migrationslauf lauf = new Migrationslauf(db, p.klassenlader(), p.migrationen().orElseThrow(), p.pluginId())) {
            schema = lauf.schema();
            MigrateResult erster = lauf.migriere();

            assertThat(erster.migrationsExecuted).isEqualTo(1);
            assertThat(lauf.migriere().migrationsExecuted).isZero();
            assertThat(lauf.tabellen()).containsExactly("beispiel_eintrag", "plugin_testkit_beispiel_schema_history");
        }
        try (Connection c = DriverManager.getConnection(db.url(), db.benutzer(), db.passwort());
             ResultSet rs = c.getMetaData().getSchemas(null, schema)) {
            assertThat(rs.next()).as("Schema %s nach close() entfernt", schema).isFalse();
        }
    }
}
