package de.teilhabe.platform.bericht;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Report (b) in the running Kreis transaction over {@link Stichtagsstand#zuweisungen}: the assignments counted for the
 * program by the cut-off date, per Förderbaustein and provider — the provider's full name as the council table
 * prints it, or its short name if asked. An assignment is running on the cut-off date unless it ended on or before
 * it; completed and dropped out count only when they ended by then.
 */
@Singleton
class ZuweisungsBericht {

    /**
     * One statement: the assignments are read once ({@code materialized}), counted per Maßnahme — only those few rows
     * are joined to Baustein and provider and summed (issue 7: a million case events in a Kreis) — and the people
     * among them counted from the same rows. {1}: the provider's name as printed.
     */
    private static final String ABFRAGE = """
            with z as materialized ({0}),
            je_massnahme as (
                select z.massnahme_id, count(*) as zugewiesen,
                       count(*) filter (where z.laufend) as laufend,
                       count(*) filter (where z.ergebnis = 'ABGESCHLOSSEN') as abgeschlossen,
                       count(*) filter (where z.ergebnis = 'ABBRUCH') as abbruch
                  from z
                 group by z.massnahme_id)
            select b.programm_id, b.nummer, b.name as baustein_name, {1} as traeger,
                   sum(g.zugewiesen)::int as zugewiesen, sum(g.laufend)::int as laufend,
                   sum(g.abgeschlossen)::int as abgeschlossen, sum(g.abbruch)::int as abbruch,
                   (select count(distinct z.teilnehmer_id) from z)::int as personen
              from je_massnahme g
              join massnahme m on m.id = g.massnahme_id
              join baustein b on b.id = m.baustein_id
              join massnahmetraeger mt on mt.id = m.traeger_id
             group by b.programm_id, b.nummer, b.name, {1}
             order by b.nummer, b.programm_id, lower({1})""";

    private final DSLContext sql;

    ZuweisungsBericht(DSLContext sql) {
        this.sql = sql;
    }

    /** The rows and the people assigned (no rows: no one). */
    record Stand(List<Zuweisungszeile> zeilen, int personen) {
    }

    /**
     * The rows and the distinct people with at least one assignment counted; {@code kurzname}: the provider's short
     * name (where it has one) instead of its full name.
     */
    Stand stand(String programm, LocalDate stichtag, boolean kurzname) {
        Result<Record> r = sql.resultQuery(ABFRAGE, Stichtagsstand.zuweisungen(programm, stichtag),
                DSL.field(kurzname ? "coalesce(mt.kurzname, mt.name)" : "mt.name")).fetch();
        return new Stand(r.map(ZuweisungsBericht::zeile), r.isEmpty() ? 0 : r.get(0).get("personen", Integer.class));
    }

    static Zuweisungszeile summe(List<Zuweisungszeile> zeilen) {
        Integer[] s = new Integer[4];
        Arrays.fill(s, 0);
        for (Zuweisungszeile z : zeilen) {
            int[] w = z.werte();
            for (int i = 0; i < w.length; i++) {
                s[i] += w[i];
            }
        }
        return new Zuweisungszeile(null, 0, null, null, s[0], s[1], s[2], s[3]);
    }

    private static Zuweisungszeile zeile(Record r) {
        return new Zuweisungszeile(r.get("programm_id", String.class), r.get("nummer", Integer.class),
                r.get("baustein_name", String.class), r.get("traeger", String.class),
                r.get("zugewiesen", Integer.class), r.get("laufend", Integer.class),
                r.get("abgeschlossen", Integer.class), r.get("abbruch", Integer.class));
    }
}
