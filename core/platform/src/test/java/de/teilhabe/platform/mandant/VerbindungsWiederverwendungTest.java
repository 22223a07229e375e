package de.teilhabe.platform.mandant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a pool of exactly one connection, requests of two Kreise alternate on the same physical
 * connection; neither role nor search path may survive from one request into the next.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "1")
@Property(name = "datasources.default.minimum-idle", value = "1")
class VerbindungsWiederverwendungTest {

    @Inject ApplicationContext ctx;
    @Inject KreisTransaktion transaktion;
    @Inject TransactionOperations<Connection> transaktionen;
    @Inject JdbcOperations jdbc;
    @Inject Mandanten mandanten;

    @Test
    void keinKreisBleibtAnDerVerbindungHaengen() {
        String a = TestKreise.slug("pool-a");
        String b = TestKreise.slug("pool-b");
        TestKreise.onboarden(ctx, a);
        TestKreise.onboarden(ctx, b);
        List<String> ohneKreis = ausserhalb();
        assertThat(ohneKreis.get(0)).doesNotContain("_kreis_");

        for (int i = 0; i < 6; i++) {
            String kreis = i % 2 == 0 ? a : b;
            KreisSchema erwartet = mandanten.schema(kreis);
            List<String> imKreis = transaktion.lesen(kreis, this::stand);
            assertThat(imKreis.get(0)).isEqualTo(erwartet.rolle());
            assertThat(imKreis.get(1)).isEqualTo(erwartet.schema());
            assertThat(ausserhalb()).isEqualTo(ohneKreis);
        }
        assertThat(transaktion.lesen(a, this::stand).get(2))
                .as("one physical connection served every request")
                .isEqualTo(transaktion.lesen(b, this::stand).get(2));
    }

    @Test
    void auchNachEinemFehlerNicht() {
        String a = TestKreise.slug("pool-f");
        TestKreise.onboarden(ctx, a);
        List<String> ohneKreis = ausserhalb();
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> {
            jdbc.prepareStatement("select 1/0", st -> st.executeQuery());
            return null;
        })).rootCause().hasMessageContaining("division by zero");
        assertThat(ausserhalb()).isEqualTo(ohneKreis);
    }

    private List<String> ausserhalb() {
        return transaktionen.executeRead(status -> stand());
    }

    /** current_user, search_path and the backend process id of the connection. */
    private List<String> stand() {
        return jdbc.prepareStatement(
                "select current_user, current_setting('search_path'), pg_backend_pid()::text", st -> {
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
                    }
                });
    }
}
