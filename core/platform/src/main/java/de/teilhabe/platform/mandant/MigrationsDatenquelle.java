package de.teilhabe.platform.mandant;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * The connections Flyway migrates with: a small pool of its own, apart from the request pool (so a
 * migration never waits for, or starves, requests), reused across all Kreise (so migrating 50 Kreise at
 * start does not open 50 × n connections), and empty again a minute after the last migration.
 */
@Singleton
public class MigrationsDatenquelle {

    private final HikariDataSource pool;

    MigrationsDatenquelle(@Value("${datasources.default.url}") String url,
                          @Value("${datasources.default.username}") String benutzer,
                          @Value("${datasources.default.password}") String passwort) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("migrationen");
        config.setJdbcUrl(url);
        config.setUsername(benutzer);
        config.setPassword(passwort);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
    }

    public DataSource datenquelle() {
        return pool;
    }

    @PreDestroy
    void schliessen() {
        pool.close();
    }
}
