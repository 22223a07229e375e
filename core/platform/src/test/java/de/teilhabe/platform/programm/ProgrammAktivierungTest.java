package de.teilhabe.platform.programm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.testing.Datenbank;
import de.teilhabe.platform.testing.TestKreise;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Enabling and disabling programs per Kreis against the real PostgreSQL: the program's tables appear only in
 * the enabling Kreis's schema, usable by that Kreis's role alone; disabling keeps them and their data; the
 * start re-applies the migrations of enabled programs and changes nothing when they are up to date.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammAktivierungTest implements TestPropertyProvider {

    static final String GK = "gemeinsam-klappts";

    @Inject ApplicationContext ctx;
    @Inject ProgrammDienst dienst;
    @Inject ProgrammStart start;
    @Inject KreisTransaktion transaktion;
    @Inject Mandanten mandanten;
    @Inject JdbcOperations jdbc;
    @Inject AuditProtokoll audit;

    Datenbank db;
    String a;
    String b;
    Nutzer adminA;

    @Override
    public Map<String, String> getProperties() {
        Path ordner = Pluginordner.mit(List.of(GK, "durchstarten", "kim", "broken-example", "broken-example-api-2"));
        Testplugins.kaputteMigration().bauen(ordner);
        return Map.of("teilhabe.plugins.verzeichnis", ordner.toString());
    }

    @BeforeAll
    void zweiKreise() {
        db = new Datenbank(ctx);
        a = TestKreise.slug("prg-a");
        b = TestKreise.slug("prg-b");
        TestKreise.onboarden(ctx, a);
        TestKreise.onboarden(ctx, b);
        adminA = TestKreise.admin(ctx, a);
        dienst.aktivieren(adminA, GK);
    }

    @Test
    void tabellenEntstehenNurImSchemaDesKreises() {
        assertThat(tabellen(a)).contains("gk_thm_zustaendigkeit", "plugin_gemeinsam_klappts_schema_history");
        assertThat(tabellen(b)).doesNotContain("gk_thm_zustaendigkeit", "plugin_gemeinsam_klappts_schema_history");
        assertThat(db.spalte("select aktiv || '/' || plugin_version || '/' || aktiviert_von from "
                + schema(a) + ".programm_aktivierung where programm_id = '" + GK + "'"))
                .containsExactly("true/0.1.0-SNAPSHOT/" + adminA.benutzername());
        AuditEintrag eintrag = audit.neueste(adminA, 20).stream()
                .filter(e -> e.aktion().equals("PROGRAMM_AKTIVIERT")).findFirst().orElseThrow();
        assertThat(eintrag.objektTyp()).isEqualTo("Programm");
        assertThat(eintrag.objektId()).isEqualTo(GK);
        assertThat(eintrag.aenderung()).contains("\"aktiv\":[null,true]", "\"pluginVersion\":[null,\"0.1.0-SNAPSHOT\"]");
    }

    @Test
    void nurDieKreisrolleNutztDieProgrammtabellen() {
        transaktion.schreiben(a, () -> zahl("with x as (insert into gk_thm_zustaendigkeit values "
                + "(1, 'Neuss', date '2020-05-01', null) on conflict do nothing returning 1) select count(*) from x"));
        assertThat(transaktion.lesen(a, () -> zahl("select count(*) from gk_thm_zustaendigkeit"))).isPositive();
        assertThatThrownBy(() -> transaktion.lesen(b, () -> zahl("select count(*) from " + schema(a)
                + ".gk_thm_zustaendigkeit"))).rootCause().hasMessageContaining("permission denied for schema");
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> zahl(
                "with x as (delete from plugin_gemeinsam_klappts_schema_history returning 1) select count(*) from x")))
                .rootCause().hasMessageContaining("permission denied for table plugin_gemeinsam_klappts_schema_history");
        assertThatThrownBy(() -> transaktion.schreiben(a, () -> zahl(
                "with x as (delete from programm_aktivierung returning 1) select count(*) from x")))
                .rootCause().hasMessageContaining("permission denied for table programm_aktivierung");
    }

    @Test
    void deaktivierenBehaeltTabellenUndDaten() {
        String c = neuerKreis("prg-c");
        Nutzer ki = rolle(c, Rolle.KI_KOORDINATION);
        dienst.aktivieren(ki, "kim");
        transaktion.schreiben(c, () -> zahl("with x as (insert into kim_azr_stichtag values "
                + "(date '2020-12-31', 'Neuss', 27000) returning 1) select count(*) from x"));
        long migriert = zahlAlsBesitzer("select count(*) from " + schema(c) + ".plugin_kim_schema_history");

        ProgrammUebersicht aus = dienst.deaktivieren(ki, "kim");
        assertThat(aus.aktiv()).isFalse();
        assertThat(aus.deaktiviertAm()).isNotNull();
        assertThat(tabellen(c)).contains("kim_azr_stichtag", "kim_versorgungsluecke");
        assertThat(transaktion.lesen(c, () -> zahl("select count(*) from kim_azr_stichtag"))).isEqualTo(1);
        assertThat(dienst.aktiveProgramme(ki)).isEmpty();
        assertThat(dienst.deaktivieren(ki, "kim").aktiv()).isFalse();

        assertThat(dienst.aktivieren(ki, "kim").aktiv()).isTrue();
        assertThat(transaktion.lesen(c, () -> zahl("select count(*) from kim_azr_stichtag"))).isEqualTo(1);
        assertThat(zahlAlsBesitzer("select count(*) from " + schema(c) + ".plugin_kim_schema_history"))
                .isEqualTo(migriert);
        assertThat(audit.neueste(TestKreise.admin(ctx, c), 10)).extracting(AuditEintrag::aktion)
                .startsWith("PROGRAMM_AKTIVIERT", "PROGRAMM_DEAKTIVIERT", "PROGRAMM_AKTIVIERT");
    }

    @Test
    void derStartHoltMigrationenNachUndIstWiederholbar() {
        String d = neuerKreis("prg-d");
        String e = neuerKreis("prg-e");
        dienst.aktivieren(TestKreise.admin(ctx, d), "durchstarten");
        dienst.aktivieren(TestKreise.admin(ctx, e), "durchstarten");
        dienst.deaktivieren(TestKreise.admin(ctx, e), "durchstarten");
        String historie = ".plugin_durchstarten_schema_history";
        long vorher = zahlAlsBesitzer("select count(*) from " + schema(d) + historie);
        String vermerk = vermerk(d);
        assertThat(vermerk).matches("teilhabe-migrationsstand:[0-9a-f]{64}");

        start.starten(List.of(d, e));
        dienst.aktivieren(TestKreise.admin(ctx, d), "durchstarten");
        assertThat(zahlAlsBesitzer("select count(*) from " + schema(d) + historie)).isEqualTo(vorher);

        // the Kreis was last migrated with other scripts: the start runs Flyway again and notes the new state
        db.ausfuehren("comment on table " + schema(d) + historie + " is 'teilhabe-migrationsstand:alt'");
        start.starten(List.of(d, e));
        assertThat(vermerk(d)).isEqualTo(vermerk);
        assertThat(zahlAlsBesitzer("select count(*) from " + schema(d) + historie)).isEqualTo(vorher);

        // tables and history gone: the start rebuilds them for the Kreis that has the program enabled only
        for (String slug : List.of(d, e)) {
            db.ausfuehren("drop table " + schema(slug) + ".ds_weiterleitung, " + schema(slug) + ".ds_eigenanteil, "
                    + schema(slug) + historie);
        }
        start.starten(List.of(d, e));
        assertThat(tabellen(d)).contains("ds_weiterleitung", "ds_eigenanteil");
        assertThat(transaktion.lesen(d, () -> zahl("select count(*) from ds_weiterleitung"))).isZero();
        assertThat(vermerk(d)).isEqualTo(vermerk);
        assertThat(tabellen(e)).doesNotContain("ds_weiterleitung", "ds_eigenanteil");
    }

    private String vermerk(String slug) {
        return db.spalte("select obj_description('" + schema(slug) + ".plugin_durchstarten_schema_history'::regclass,"
                + " 'pg_class')").get(0);
    }

    @Test
    void nurKiKoordinationUndKreisAdminSchalten() {
        Nutzer cm = rolle(a, Rolle.CASE_MANAGEMENT);
        assertThat(dienst.liste(cm)).extracting(ProgrammUebersicht::id).contains(GK, "kim");
        assertThatThrownBy(() -> dienst.aktivieren(cm, "kim")).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
        assertThatThrownBy(() -> dienst.deaktivieren(cm, GK)).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
        Nutzer betreiber = TestKreise.betreiber(ctx);
        assertThatThrownBy(() -> dienst.aktivieren(betreiber, "kim")).isInstanceOfSatisfying(FachlicherFehler.class,
                f -> assertThat(f.art()).isEqualTo(Art.VERBOTEN));
        assertThat(dienst.liste(betreiber)).allSatisfy(p -> assertThat(p.aktiv()).isNull());
    }

    @Test
    void abgelehnteUndUnbekannteProgrammeLassenSichNichtAktivieren() {
        assertThatThrownBy(() -> dienst.aktivieren(adminA, "broken-api-version"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.code()).isEqualTo("programm.nicht.verfuegbar");
                    assertThat(f.getMessage()).contains("Plugin-API " + de.teilhabe.plugin.api.PluginApi.VERSION);
                });
        assertThatThrownBy(() -> dienst.aktivieren(adminA, "gibt-es-nicht"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> assertThat(f.art()).isEqualTo(Art.NICHT_GEFUNDEN));
    }

    @Test
    void eineKaputteMigrationAktiviertNichtsUndHinterlaesstNichts() {
        assertThatThrownBy(() -> dienst.aktivieren(adminA, "kaputte-migration"))
                .isInstanceOfSatisfying(FachlicherFehler.class, f -> {
                    assertThat(f.code()).isEqualTo("programm.migration.fehlgeschlagen");
                    assertThat(f.getMessage()).startsWith("Die Datenbank-Migrationen des Programms „Testprogramm "
                            + "kaputte-migration“ ließen sich für Ihren Kreis nicht ausführen").contains("tabel");
                });
        assertThat(tabellen(a)).doesNotContain("km_halb");
        assertThat(dienst.aktiveProgramme(adminA)).doesNotContain("kaputte-migration");
        assertThat(dienst.liste(adminA)).filteredOn(p -> p.id().equals("kaputte-migration"))
                .singleElement().satisfies(p -> assertThat(p.aktiv()).isFalse());
    }

    @Test
    void dieListeZeigtZustandAktivierungUndVerschwundeneProgramme() {
        String f = neuerKreis("prg-f");
        Nutzer admin = TestKreise.admin(ctx, f);
        dienst.aktivieren(admin, "kim");
        db.ausfuehren("insert into " + schema(f) + ".programm_aktivierung (programm_id, aktiv, aktiviert_am, "
                + "aktiviert_von, plugin_version) values ('ausgebaut', true, now(), 'x', '0.9.0')");
        Map<String, ProgrammUebersicht> liste = new java.util.HashMap<>();
        dienst.liste(admin).forEach(p -> liste.put(p.id(), p));

        assertThat(liste.get("kim").aktiv()).isTrue();
        assertThat(liste.get("kim").foerdergeber()).contains("MKFFI");
        assertThat(liste.get(GK).aktiv()).isFalse();
        assertThat(liste.get(GK).zustand()).isEqualTo(Programmzustand.GESTARTET);
        assertThat(liste.get("broken-api-version").zustand()).isEqualTo(Programmzustand.ABGELEHNT);
        assertThat(liste.get("broken-api-version").grund()).contains(">=2.0.0");
        ProgrammUebersicht ausgebaut = liste.get("ausgebaut");
        assertThat(ausgebaut.zustand()).isEqualTo(Programmzustand.FEHLGESCHLAGEN);
        assertThat(ausgebaut.grund()).isEqualTo("Das Plugin „ausgebaut“ ist auf diesem Server nicht installiert.");
        assertThat(ausgebaut.aktiv()).isTrue();

        assertThat(dienst.deaktivieren(admin, "ausgebaut").aktiv()).isFalse();
        assertThatThrownBy(() -> dienst.aktivieren(admin, "ausgebaut")).isInstanceOf(FachlicherFehler.class);
    }

    private String neuerKreis(String stamm) {
        String slug = TestKreise.slug(stamm);
        TestKreise.onboarden(ctx, slug);
        return slug;
    }

    private Nutzer rolle(String slug, Rolle rolle) {
        Nutzer admin = TestKreise.admin(ctx, slug);
        return new Nutzer(admin.id(), "x-" + rolle.name().toLowerCase(), "Test", slug, admin.kreisName(), Set.of(rolle));
    }

    private String schema(String slug) {
        return mandanten.schema(slug).schema();
    }

    private List<String> tabellen(String slug) {
        return db.spalte("select table_name from information_schema.tables where table_schema = '" + schema(slug) + "'");
    }

    private long zahlAlsBesitzer(String sql) {
        return db.anzahl(sql);
    }

    private long zahl(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
