package de.teilhabe.platform.mandant;

import jakarta.inject.Singleton;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway migrations: the platform schema first, then each Kreis's schema, on the connections of
 * {@link MigrationsDatenquelle}.
 */
@Singleton
public class Migrationen {

    static final String PLATTFORM = "platform";

    private final DataSource datenquelle;

    Migrationen(MigrationsDatenquelle datenquelle) {
        this.datenquelle = datenquelle.datenquelle();
    }

    public MigrateResult plattform() {
        return Flyway.configure()
                .dataSource(datenquelle)
                .schemas(PLATTFORM)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .load()
                .migrate();
    }

    public MigrateResult kreis(KreisSchema kreis) {
        return Flyway.configure()
                .dataSource(datenquelle)
                .schemas(kreis.schema())
                .createSchemas(false)
                .locations("classpath:db/kreis")
                .placeholders(Map.of("rolle", kreis.rolleSql()))
                // a migration numbered below one already applied (V37 after V38 in a running installation) is
                // applied instead of failing the start; Kreis migrations of different features are independent
                .outOfOrder(true)
                .load()
                .migrate();
    }
}
