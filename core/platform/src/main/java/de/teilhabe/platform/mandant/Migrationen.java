package de.teilhabe.platform.mandant;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway migrations: the platform schema first, then each Kreis's schema. */
@Singleton
public class Migrationen {

    static final String PLATTFORM = "platform";

    private final DataSource dataSource;

    Migrationen(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    public MigrateResult plattform() {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(PLATTFORM)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }

    public MigrateResult kreis(KreisSchema kreis) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(kreis.schema())
                .createSchemas(false)
                .locations("classpath:db/kreis")
                .placeholders(Map.of("rolle", kreis.rolleSql()))
                .load()
                .migrate();
    }
}
