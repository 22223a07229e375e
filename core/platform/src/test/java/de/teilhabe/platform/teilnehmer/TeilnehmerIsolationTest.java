package de.teilhabe.platform.teilnehmer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Participants of Kreis B are out of reach of SQL running for Kreis A, even schema-qualified. */
@MicronautTest(transactional = false)
class TeilnehmerIsolationTest {

    @Inject ApplicationContext ctx;
    @Inject KreisTransaktion transaktion;
    @Inject JdbcOperations jdbc;
    @Inject Mandanten mandanten;

    @Test
    void fremdeTeilnehmerTabelleVerweigert() {
        String a = TestKreise.slug("tn-iso-a");
        String b = TestKreise.slug("tn-iso-b");
        TestKreise.onboarden(ctx, a);
        TestKreise.onboarden(ctx, b);
        assertThat(transaktion.lesen(a, () -> zahl("select count(*) from teilnehmer"))).isZero();
        String fremd = mandanten.schema(b).schema();
        for (String tabelle : new String[] {"teilnehmer", "aufenthalt", "einwilligung", "zuweisung"}) {
            assertThatThrownBy(() -> transaktion.lesen(a, () -> zahl("select count(*) from " + fremd + "." + tabelle)))
                    .rootCause().hasMessageContaining("permission denied for schema " + fremd);
        }
    }

    private long zahl(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
