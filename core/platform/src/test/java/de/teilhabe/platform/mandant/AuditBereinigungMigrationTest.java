package de.teilhabe.platform.mandant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Kreis migration V54 (ADR 0003) on a schema migrated up to the migration before it that holds entries in the old shape, as the platform
 * wrote them before: afterwards entries about a person name fields only, configuration keeps its values, and the log
 * is as append-only as V1 made it — also for the owner, who runs the migrations.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBereinigungMigrationTest {

    private static final String PERSON = UUID.randomUUID().toString();

    @Inject ApplicationContext ctx;
    @Inject Mandanten mandanten;
    @Inject MigrationsDatenquelle quelle;

    KreisSchema kreis;
    Datenbank db;
    /** Old entry → the id it got. */
    final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    void altesProtokollBereinigen() {
        kreis = mandanten.neu(TestKreise.slug("v54"));
        db = new Datenbank(ctx);
        db.ausfuehren("create role " + kreis.rolleSql() + " nologin; grant " + kreis.rolleSql() + " to current_user;"
                + " create schema " + kreis.schemaSql() + "; grant usage on schema " + kreis.schemaSql() + " to "
                + kreis.rolleSql());
        // the newest Kreis migration before V54 (V53, once there is one)
        String vorV54 = Arrays.stream(flyway(null).info().pending()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(MigrationVersion.fromVersion("54")) < 0).max(Comparator.naturalOrder())
                .orElseThrow().getVersion();
        flyway(vorV54).migrate();
        alt("geaendert", "Teilnehmer", PERSON,
                "{\"nachname\":[\"Mülleroglu\",\"Schmidtoglu\"],\"geburtsdatum\":[\"1990-01-01\",\"1990-01-02\"]}");
        alt("gesucht", "Teilnehmer", null,
                "{\"suche\":\"Mülleroglu\",\"kommuneId\":\"" + UUID.randomUUID() + "\",\"seite\":0,\"treffer\":3}");
        alt("ziel", "Teilnehmer", PERSON, "{\"ziel\":\"Deutschkurs B1 bei Frau Mülleroglu\",\"status\":\"VEREINBART\"}");
        alt("programmfelder", "Teilnehmer", PERSON,
                "{\"programm\":\"gemeinsam-klappts\",\"felder\":[\"aufnahme.schulabschluss\",\"Frau Mülleroglu\"]}");
        alt("geloescht", "Teilnehmer", PERSON, "{\"grund\":\"Antrag von Mülleroglu\",\"zeilen\":{\"teilnehmer\":1}}");
        alt("importiert", "Teilnehmer", null, "{\"datei\":\"Liste Mülleroglu.csv\",\"zeilen\":2,\"uebernommen\":2,"
                + "\"uebersprungen\":0,\"vorgaenge\":{\"Umzug\":1},\"programme\":[\"gemeinsam-klappts\"]}");
        alt("zahl als name", "Teilnehmer", PERSON, "{\"Mülleroglu 1990-01-01\":1}");
        alt("kein json", "Teilnehmer", PERSON, "Mülleroglu, 01.01.1990");
        alt("json-liste", "Teilnehmer", PERSON, "[\"Mülleroglu\"]");
        alt("gremienperson", "Person", UUID.randomUUID().toString(),
                "{\"name\":[null,\"Erika Musterfrauoglu\"],\"email\":[null,\"erika@musterfrauoglu.example\"]}");
        alt("neue form", "Teilnehmer", PERSON, "{\"felder\":[\"nachname\"]}");
        alt("kommune", "Kommune", UUID.randomUUID().toString(), "{\"name\":[null,\"Neudorfoglu\"]}");
        flyway(null).migrate();
    }

    @AfterAll
    void aufraeumen() {
        db.ausfuehren("drop schema if exists " + kreis.schemaSql() + " cascade; drop owned by " + kreis.rolleSql()
                + "; drop role " + kreis.rolleSql());
    }

    @Test
    void eintraegeZuPersonenNennenNurNochFelder() {
        assertThat(aenderung("geaendert")).isEqualTo(json("{\"felder\":[\"nachname\",\"geburtsdatum\"]}"));
        assertThat(aenderung("gesucht"))
                .isEqualTo(json("{\"felder\":[\"suche\",\"kommuneId\"],\"seite\":0,\"treffer\":3}"));
        assertThat(aenderung("ziel")).isEqualTo(json("{\"felder\":[\"ziel\",\"status\"]}"));
        assertThat(aenderung("programmfelder"))
                .isEqualTo(json("{\"felder\":[\"aufnahme.schulabschluss\",\"programm\"]}"));
        assertThat(aenderung("geloescht")).isEqualTo(json("{\"felder\":[\"grund\",\"zeilen\"]}"));
        assertThat(aenderung("importiert")).isEqualTo(json("{\"felder\":[\"datei\",\"vorgaenge\",\"programme\"],"
                + "\"zeilen\":2,\"uebernommen\":2,\"uebersprungen\":0}"));
        assertThat(aenderung("gremienperson")).isEqualTo(json("{\"felder\":[\"name\",\"email\"]}"));
        assertThat(aenderung("neue form")).isEqualTo(json("{\"felder\":[\"nachname\"]}"));
        // nothing that is a field name is left: the entry stays, without a change
        assertThat(aenderung("zahl als name")).isNull();
        assertThat(aenderung("kein json")).isNull();
        assertThat(aenderung("json-liste")).isNull();
        // who did what to which record stays: every row is there, with its id and object
        assertThat(db.anzahl("select count(*) from " + kreis.schemaSql() + ".audit_log where objekt_id = '"
                + PERSON + "'")).isEqualTo(8);
    }

    @Test
    void keinWertEinerPersonBleibtKonfigurationBehaeltIhre() {
        for (String wert : new String[] {"mülleroglu", "schmidtoglu", "1990-01-0", "01.01.1990", "deutschkurs",
                "musterfrauoglu", "gemeinsam-klappts", "umzug"}) {
            assertThat(db.anzahl("select count(*) from " + kreis.schemaSql() + ".audit_log where strpos(lower("
                    + "coalesce(aenderung, '')), '" + wert + "') > 0")).as(wert).isZero();
        }
        assertThat(aenderung("kommune")).isEqualTo("{\"name\":[null,\"Neudorfoglu\"]}");
    }

    @Test
    void bleibtAuchFuerDenEigentuemerNurAnfuegbar() {
        String log = kreis.schemaSql() + ".audit_log";
        assertThat(db.spalte("select tgname || ':' || tgenabled::text from pg_trigger where tgrelid = '" + log
                + "'::regclass and not tgisinternal order by tgname"))
                .containsExactly("audit_log_nicht_leeren:O", "audit_log_unveraenderlich:O");
        assertThatThrownBy(() -> db.ausfuehren("update " + log + " set aenderung = null where id = "
                + ids.get("kommune"))).rootCause().hasMessageContaining("unveränderlich (UPDATE nicht erlaubt)");
        assertThatThrownBy(() -> db.ausfuehren("delete from " + log + " where id = " + ids.get("kommune")))
                .rootCause().hasMessageContaining("unveränderlich (DELETE nicht erlaubt)");
        assertThatThrownBy(() -> db.ausfuehren("truncate " + log))
                .rootCause().hasMessageContaining("unveränderlich (TRUNCATE nicht erlaubt)");
        assertThat(aenderung("kommune")).isEqualTo("{\"name\":[null,\"Neudorfoglu\"]}");
        // the Kreis role's rights are V1's, and the helper of the migration is gone
        assertThat(db.spalte("select has_table_privilege('" + kreis.rolle() + "', '" + log + "', 'INSERT')::text"
                + " || has_table_privilege('" + kreis.rolle() + "', '" + log + "', 'SELECT')::text"
                + " || has_table_privilege('" + kreis.rolle() + "', '" + log + "', 'UPDATE')::text"
                + " || has_table_privilege('" + kreis.rolle() + "', '" + log + "', 'DELETE')::text"))
                .containsExactly("truetruefalsefalse");
        assertThat(db.anzahl("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = '" + kreis.schema() + "' and p.proname = 'audit_nur_feldnamen'")).isZero();
    }

    /** Kreis migrations up to {@code bis} (null: all), as {@link Migrationen#kreis} runs them. */
    private Flyway flyway(String bis) {
        var konfiguration = Flyway.configure()
                .dataSource(quelle.datenquelle())
                .schemas(kreis.schema())
                .createSchemas(false)
                .locations("classpath:db/kreis")
                .placeholders(Map.of("rolle", kreis.rolleSql()))
                .outOfOrder(true);
        return (bis == null ? konfiguration : konfiguration.target(bis)).load();
    }

    /** An entry as written before V54 (inserting is what the log allows). */
    private void alt(String was, String typ, String objektId, String aenderung) {
        String id = db.spalte("insert into " + kreis.schemaSql() + ".audit_log (benutzer, aktion, objekt_typ,"
                + " objekt_id, aenderung) values ('ki', 'ALT', '" + typ + "', "
                + (objektId == null ? "null" : "'" + objektId + "'") + ", '" + aenderung.replace("'", "''")
                + "') returning id").get(0);
        ids.put(was, Long.parseLong(id));
    }

    private String aenderung(String was) {
        return db.spalte("select aenderung from " + kreis.schemaSql() + ".audit_log where id = " + ids.get(was))
                .get(0);
    }

    /** How PostgreSQL writes the JSON (the migration's result is jsonb as text). */
    private String json(String text) {
        return db.spalte("select '" + text + "'::jsonb::text").get(0);
    }
}
