package de.teilhabe.platform.programm;

import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.plugin.api.migration.Migrationsquelle;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs a program's own Flyway migrations in one Kreis's schema: scripts found with the plugin's class
 * loader, the plugin's own history table, placeholder {@code ${rolle}} = the Kreis role as in the core's
 * Kreis migrations, {@link Tabellenrechte} granting the Kreis role what the scripts create and
 * {@link StandVermerk} noting which scripts the schema is migrated with. The schema
 * already holds the core's tables, so a first run records a baseline (version 0) in the plugin's history
 * table and then applies V1 onwards. Like the core's migrations, Flyway gets its own connections.
 */
@Singleton
class PluginMigrationslauf {

    private final String url;
    private final String benutzer;
    private final String passwort;

    PluginMigrationslauf(@Value("${datasources.default.url}") String url,
                         @Value("${datasources.default.username}") String benutzer,
                         @Value("${datasources.default.password}") String passwort) {
        this.url = url;
        this.benutzer = benutzer;
        this.passwort = passwort;
    }

    MigrateResult migrieren(KreisSchema kreis, Migrationsquelle quelle, ClassLoader lader, String stand) {
        return Flyway.configure(lader)
                .dataSource(url, benutzer, passwort)
                .schemas(kreis.schema())
                .createSchemas(false)
                .locations(quelle.speicherort())
                .table(quelle.historientabelle())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("Kreisschema vor dem Programm")
                .placeholders(Map.of("rolle", kreis.rolleSql()))
                .callbacks(new Tabellenrechte(kreis, quelle.historientabelle()),
                        new StandVermerk(kreis, quelle.historientabelle(), stand))
                .load()
                .migrate();
    }
}
