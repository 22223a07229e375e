package de.teilhabe.plugin.testkit;

import de.teilhabe.plugin.api.migration.Migrationsquelle;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies a plugin's migrations to a fresh schema of the test database, the way the host applies them to a
 * tenant schema (plugin class loader, plugin's history table, no schema prefix in the scripts), and drops
 * the schema on {@link #close()}.
 */
public final class Migrationslauf implements AutoCloseable {

    private final Testdatenbank db;
    private final String schema;
    private final ClassLoader lader;
    private final Migrationsquelle quelle;

    public Migrationslauf(Testdatenbank db, ClassLoader lader, Migrationsquelle quelle, String pluginId) {
        this.db = db;
        this.lader = lader;
        this.quelle = quelle;
        this.schema = ("pt_" + pluginId.replace('-', '_') + "_" + Long.toString(System.nanoTime(), 36))
                .toLowerCase(Locale.ROOT);
    }

    /** The scratch schema's name. */
    public String schema() {
        return schema;
    }

    /** Runs the migrations (creating the schema first time) and returns Flyway's result. */
    public MigrateResult migriere() {
        return Flyway.configure(lader)
                .dataSource(db.url(), db.benutzer(), db.passwort())
                .schemas(schema)
                .createSchemas(true)
                .locations(quelle.speicherort())
                .table(quelle.historientabelle())
                .load()
                .migrate();
    }

    /** Names of the tables in the scratch schema, sorted. */
    public List<String> tabellen() throws SQLException {
        List<String> namen = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.benutzer(), db.passwort());
             ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                namen.add(rs.getString("TABLE_NAME"));
            }
        }
        return namen.stream().sorted().toList();
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.benutzer(), db.passwort());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }
}
