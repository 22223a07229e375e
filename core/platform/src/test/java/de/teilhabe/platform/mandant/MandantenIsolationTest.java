package de.teilhabe.platform.mandant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Isolation between Kreise holds in PostgreSQL: SQL running for Kreis A is denied on Kreis B's tables. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MandantenIsolationTest {

    @Inject ApplicationContext ctx;
    @Inject KreisTransaktion transaktion;
    @Inject JdbcOperations jdbc;
    @Inject Mandanten mandanten;

    String a;
    String b;

    @BeforeAll
    void zweiKreise() {
        a = TestKreise.slug("iso-a");
        b = TestKreise.slug("iso-b");
        TestKreise.onboarden(ctx, a);
        TestKreise.onboarden(ctx, b);
    }

    @Test
    void eigeneTabellenUnqualifiziertLesbar() {
        long anzahl = transaktion.lesen(a, () -> zahl("select count(*) from kommune"));
        assertThat(anzahl).isEqualTo(8);
    }

    @Test
    void fremdeTabellenSchemaQualifiziertVerweigert() {
        String fremd = mandanten.schema(b).schema();
        assertThatThrownBy(() -> transaktion.lesen(a, () -> zahl("select count(*) from " + fremd + ".kommune")))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .rootCause().hasMessageContaining("permission denied for schema " + fremd);
    }

    @Test
    void fremdeTabellenSchreibenVerweigert() {
        String fremd = mandanten.schema(b).schema();
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> zahl(
                "with x as (delete from " + fremd + ".kommune returning 1) select count(*) from x")))
                .rootCause().hasMessageContaining("permission denied for schema " + fremd);
        assertThat(transaktion.lesen(b, () -> zahl("select count(*) from kommune"))).isEqualTo(8);
    }

    @Test
    void plattformTabellenVerweigert() {
        assertThatThrownBy(() -> transaktion.lesen(a, () -> zahl("select count(*) from platform.benutzer")))
                .rootCause().hasMessageContaining("permission denied for schema platform");
    }

    @Test
    void auditProtokollNurAnfuegbar() {
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> zahl(
                "with x as (delete from audit_log returning 1) select count(*) from x")))
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> zahl(
                "with x as (update audit_log set benutzer = 'x' returning 1) select count(*) from x")))
                .rootCause().hasMessageContaining("permission denied for table audit_log");
    }

    @Test
    void kreisRolleUndSuchpfadInDerTransaktion() {
        KreisSchema schema = mandanten.schema(a);
        List<String> stand = transaktion.lesen(a, this::rolleUndPfad);
        assertThat(stand).containsExactly(schema.rolle(), schema.schema());
    }

    private List<String> rolleUndPfad() {
        return jdbc.prepareStatement("select current_user, current_setting('search_path')", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return List.of(rs.getString(1), rs.getString(2));
            }
        });
    }

    private long zahl(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw e;
            }
        });
    }
}
