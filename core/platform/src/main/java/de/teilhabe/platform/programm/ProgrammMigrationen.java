package de.teilhabe.platform.programm;

import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandanten;
import jakarta.inject.Singleton;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs' own migrations per Kreis: when a Kreis enables a program, and at every start for each
 * program a Kreis has enabled (after the core's migrations), so a new plugin version brings its tables
 * along. Flyway keeps each plugin's history per Kreis schema, so running them again changes nothing; the
 * start even skips Flyway where the schema's {@link StandVermerk} shows the current scripts, which saves a
 * Flyway run per Kreis and program.
 */
@Singleton
class ProgrammMigrationen {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammMigrationen.class);

    private final PluginMigrationslauf lauf;
    private final Mandanten mandanten;
    private final KreisTransaktion transaktion;
    private final ProgrammAktivierungRepository aktivierungen;
    private final ProgrammHost host;
    private final DSLContext sql;

    ProgrammMigrationen(PluginMigrationslauf lauf, Mandanten mandanten, KreisTransaktion transaktion,
                        ProgrammAktivierungRepository aktivierungen, ProgrammHost host, DSLContext sql) {
        this.lauf = lauf;
        this.mandanten = mandanten;
        this.transaktion = transaktion;
        this.aktivierungen = aktivierungen;
        this.host = host;
        this.sql = sql;
    }

    /** Applies the program's pending migrations in the Kreis's schema; a failure names program and cause. */
    int fuerKreis(String kreisSlug, GeladenesProgramm programm) {
        if (programm.migrationen().isEmpty()) {
            return 0;
        }
        KreisSchema kreis = mandanten.schema(kreisSlug);
        String id = programm.programm().id();
        try {
            MigrateResult ergebnis = Abschirmung.rufe(id, "Die Migration im Schema " + kreis.schema(),
                    () -> lauf.migrieren(kreis, programm.migrationen().get(), programm.lader(),
                            programm.migrationsstand()));
            if (ergebnis.migrationsExecuted > 0) {
                LOG.info("Programm '{}': {} Migration(en) im Schema {} ausgeführt, Stand {}", id,
                        ergebnis.migrationsExecuted, kreis.schema(), ergebnis.targetSchemaVersion);
            }
            return ergebnis.migrationsExecuted;
        } catch (Programmdefekt d) {
            throw ProgrammFehler.migrationFehlgeschlagen(programm.programm(), d.grund());
        }
    }

    /** At start: the migrations of every program the Kreis has enabled; problems are logged, never fatal. */
    void nachholen(String kreisSlug) {
        List<ProgrammAktivierung> aktive = transaktion.lesen(kreisSlug,
                () -> aktivierungen.findByAktivOrderByProgrammId(true));
        for (ProgrammAktivierung aktivierung : aktive) {
            String id = aktivierung.programmId();
            GeladenesProgramm g = host.geladen(id).orElse(null);
            if (g == null || !g.programm().istGestartet()) {
                LOG.warn("Kreis '{}' hat das Programm '{}' aktiviert, es steht aber nicht zur Verfügung: {}", kreisSlug,
                        id, g == null ? "nicht installiert" : g.programm().grund().orElse(""));
                continue;
            }
            try {
                if (!aktuell(kreisSlug, g)) {
                    fuerKreis(kreisSlug, g);
                }
                if (!aktivierung.pluginVersion().equals(g.programm().version())) {
                    transaktion.schreiben(kreisSlug, () -> aktivierungen.update(
                            aktivierung.migriertMit(g.programm().version())));
                }
            } catch (RuntimeException e) {
                LOG.error("Kreis '{}', Programm '{}': Migrationen beim Start nicht ausgeführt: {}", kreisSlug, id,
                        e.getMessage(), e);
            }
        }
    }

    /** Whether the Kreis schema notes the program's current scripts as migrated (one catalog lookup). */
    private boolean aktuell(String kreisSlug, GeladenesProgramm g) {
        if (g.migrationen().isEmpty()) {
            return true;
        }
        String tabelle = g.migrationen().get().historientabelle();
        Object vermerk = transaktion.lesen(kreisSlug, () -> sql.fetchValue(
                "select obj_description(to_regclass(quote_ident(current_schema()) || '.' || quote_ident({0})), "
                        + "'pg_class')", DSL.val(tabelle)));
        return (StandVermerk.PRAEFIX + g.migrationsstand()).equals(vermerk);
    }
}
