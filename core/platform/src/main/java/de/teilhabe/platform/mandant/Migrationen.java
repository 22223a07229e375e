package de.teilhabe.platform.mandant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway migrations: the platform schema first, then each Kreis's schema. Flyway opens its own
 * connections, so migrating never competes with requests for the application's pool.
 */
@Singleton
public class Migrationen {

    static final String PLATTFORM = "platform";

    private final String url;
    private final String benutzer;
    private final String passwort;

    Migrationen(@Value("${datasources.default.url}") String url,
                @Value("${datasources.default.username}") String benutzer,
                @Value("${datasources.default.password}") String passwort) {
        this.url = url;
        this.benutzer = benutzer;
        this.passwort = passwort;
    }

    public MigrateResult plattform() {
        return Flyway.configure()
                .dataSource(url, benutzer, passwort)
                .schemas(PLATTFORM)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }

    public MigrateResult kreis(KreisSchema kreis) {
        return Flyway.configure()
                .dataSource(url, benutzer, passwort)
                .schemas(kreis.schema())
                .createSchemas(false)
                .locations("classpath:db/kreis")
                .placeholders(Map.of("rolle", kreis.rolleSql()))
                .load()
                .migrate();
    }
}
