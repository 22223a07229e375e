package de.teilhabe.platform.mandant;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Runs work for one Kreis inside a transaction that acts as the Kreis's own database role with the
 * Kreis's schema as search path. Both are set with {@code SET LOCAL}, so PostgreSQL drops them at
 * commit or rollback: a pooled connection never carries one Kreis into the next request. Any SQL
 * in here, even schema-qualified, is denied on the tables of every other Kreis and of the platform.
 */
@Singleton
public class KreisTransaktion {

    private final TransactionOperations<Connection> transaktionen;
    private final Mandanten mandanten;

    KreisTransaktion(TransactionOperations<Connection> transaktionen, Mandanten mandanten) {
        this.transaktionen = transaktionen;
        this.mandanten = mandanten;
    }

    public <T> T lesen(String kreisSlug, Supplier<T> arbeit) {
        return ausfuehren(kreisSlug, TransactionDefinition.READ_ONLY, arbeit);
    }

    public <T> T schreiben(String kreisSlug, Supplier<T> arbeit) {
        return ausfuehren(kreisSlug, TransactionDefinition.DEFAULT, arbeit);
    }

    public void schreiben(String kreisSlug, Runnable arbeit) {
        schreiben(kreisSlug, () -> {
            arbeit.run();
            return null;
        });
    }

    private <T> T ausfuehren(String kreisSlug, TransactionDefinition definition, Supplier<T> arbeit) {
        KreisSchema kreis = mandanten.schema(kreisSlug);
        String vorher = MDC.get("kreis");
        MDC.put("kreis", kreisSlug);
        try {
            return transaktionen.execute(definition, status -> {
                alsKreis(status.getConnection(), kreis);
                return arbeit.get();
            });
        } finally {
            if (vorher == null) {
                MDC.remove("kreis");
            } else {
                MDC.put("kreis", vorher);
            }
        }
    }

    private static void alsKreis(Connection verbindung, KreisSchema kreis) throws SQLException {
        try (Statement st = verbindung.createStatement()) {
            st.execute("set local role " + kreis.rolleSql() + "; set local search_path to " + kreis.schemaSql());
        }
    }
}
