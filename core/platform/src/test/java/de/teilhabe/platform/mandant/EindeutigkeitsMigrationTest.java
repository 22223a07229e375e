package de.teilhabe.platform.mandant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The uniqueness migrations (Kreis V51, platform V3) on data that already has duplicates: they run through, the first
 * of each pair keeps its value, the others become recognisable, and afterwards the indexes refuse a new duplicate.
 * (A fresh schema has no data, so the normal start never exercises the renaming.) Each case runs in one transaction
 * that is rolled back, so the schema, the registry and the pooled connection stay as they were.
 */
@MicronautTest(transactional = false)
class EindeutigkeitsMigrationTest {

    @Inject ApplicationContext ctx;
    @Inject Mandanten mandanten;

    @Test
    void kreismigrationMachtVorhandeneDoppelErkennbar() throws Exception {
        String slug = TestKreise.slug("v51");
        TestKreise.onboarden(ctx, slug);
        String schema = mandanten.schema(slug).schema();
        zurueckgerollt(st -> {
            st.execute("set local search_path to " + schema);
            st.execute("drop index massnahmetraeger_kurzname; drop index zuwendungsbescheid_aktenzeichen");
            st.execute("insert into massnahmetraeger (id, name, kurzname) values"
                    + " (gen_random_uuid(), 'Caritas Sozialdienste Rhein-Kreis Neuss GmbH', 'Caritas'),"
                    + " (gen_random_uuid(), 'Caritasverband Düsseldorf e.V.', 'caritas'),"
                    + " (gen_random_uuid(), 'Katholische Jugendagentur Düsseldorf gGmbH', 'KJA'),"
                    + " (gen_random_uuid(), 'Volkshochschule Neuss', null),"
                    + " (gen_random_uuid(), 'Volkshochschule Dormagen', null)");
            st.execute("insert into zuwendungsbescheid (id, programm_id, art, datum, aktenzeichen, beginn, ende, betrag)"
                    + " values (gen_random_uuid(), 'durchstarten', 'BESCHEID', '2020-10-02', 'AZ 51/2020', '2020-10-02',"
                    + " '2022-06-30', 80000), (gen_random_uuid(), 'durchstarten', 'BESCHEID', '2021-03-01',"
                    + " 'az 51/2020', '2021-03-01', '2022-06-30', 1000)");

            st.execute(skript("db/kreis/V51__eindeutigkeit.sql"));

            assertThat(werte(st, "select kurzname || '|' || version from massnahmetraeger where kurzname is not null"
                    + " order by name")).containsExactly("Caritas|0",
                    "caritas (Caritasverband Düsseldorf e.V.)|1", "KJA|0");
            assertThat(werte(st, "select aktenzeichen || '|' || version from zuwendungsbescheid order by beginn"))
                    .containsExactly("AZ 51/2020|0", "az 51/2020 (2)|1");
            assertThatThrownBy(() -> st.execute("insert into massnahmetraeger (id, name, kurzname) values"
                    + " (gen_random_uuid(), 'Caritas Mönchengladbach', 'CARITAS')"))
                    .hasMessageContaining("massnahmetraeger_kurzname");
        });
    }

    @Test
    void plattformmigrationHaengtDemJuengerenDoppelDenKurznamenAn() throws Exception {
        zurueckgerollt(st -> {
            // on a copy of the registry in this session only, so no other test sees it
            st.execute("create temporary table kreis (like platform.kreis including defaults) on commit drop");
            st.execute("set local search_path to pg_temp");
            st.execute("insert into kreis (id, slug, name, schema_name, rolle, angelegt_am) values"
                    + " (gen_random_uuid(), 'kreis-coesfeld', 'Kreis Coesfeld', 's1', 'r1', '2024-01-01'),"
                    + " (gen_random_uuid(), 'coesfeld-2', ' kreis coesfeld', 's2', 'r2', '2024-02-01'),"
                    + " (gen_random_uuid(), 'kreis-steinfurt', 'Kreis Steinfurt', 's3', 'r3', '2024-03-01')");

            st.execute(skript("db/platform/V3__kreisname_eindeutig.sql"));

            assertThat(werte(st, "select name from kreis order by angelegt_am")).containsExactly("Kreis Coesfeld",
                    "kreis coesfeld (coesfeld-2)", "Kreis Steinfurt");
            assertThatThrownBy(() -> st.execute("insert into kreis (id, slug, name, schema_name, rolle) values"
                    + " (gen_random_uuid(), 'x', 'KREIS STEINFURT ', 's4', 'r4')"))
                    .hasMessageContaining("kreis_name_eindeutig");
        });
    }

    /** SQL work on a connection of its own. */
    @FunctionalInterface
    private interface Arbeit {
        void mit(Statement st) throws Exception;
    }

    /** Runs {@code arbeit} in one transaction and rolls it back, also after a failed statement. */
    private void zurueckgerollt(Arbeit arbeit) throws Exception {
        DataSource quelle = ctx.getBean(DataSourceResolver.class).resolve(ctx.getBean(DataSource.class));
        try (Connection c = quelle.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                arbeit.mit(st);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static String skript(String pfad) throws IOException {
        try (InputStream in = EindeutigkeitsMigrationTest.class.getClassLoader().getResourceAsStream(pfad)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> werte(Statement st, String sql) throws SQLException {
        List<String> werte = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                werte.add(rs.getString(1));
            }
        }
        return werte;
    }
}
