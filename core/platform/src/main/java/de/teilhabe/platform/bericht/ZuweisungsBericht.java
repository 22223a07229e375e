package de.teilhabe.platform.bericht;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Report (b) in the running Kreis transaction: the assignments (begun on or before the cut-off date) of the
 * people taken into the program by then, per Förderbaustein and provider — whatever program the Baustein belongs
 * to, since the Teilhabemanagement of „Gemeinsam klappt’s“ assigns its people to the Maßnahmen of
 * „Durchstarten“. An assignment is running on the cut-off date unless it ended on or before it; completed and
 * dropped out count only when they ended by then.
 */
@Singleton
class ZuweisungsBericht {

    /**
     * The assignments are counted per Maßnahme first (one pass over the assignments, grouped by a key), and only
     * those few rows are joined to Baustein and provider and summed (issue 7: a million case events in a Kreis).
     */
    private static final String ABFRAGE = """
            with je_massnahme as (
                select z.massnahme_id, count(*) as zugewiesen,
                       count(*) filter (where z.bis is null or z.bis > {1}) as laufend,
                       count(*) filter (where z.ergebnis = 'ABGESCHLOSSEN' and z.bis <= {1}) as abgeschlossen,
                       count(*) filter (where z.ergebnis = 'ABBRUCH' and z.bis <= {1}) as abbruch
                  from zuweisung z
                 where z.ab <= {1}
                   and exists (select 1 from programmteilnahme p where p.teilnehmer_id = z.teilnehmer_id
                                  and p.programm = {0} and p.aufgenommen_am <= {1})
                 group by z.massnahme_id)
            select b.programm_id, b.nummer, b.name as baustein_name, coalesce(mt.kurzname, mt.name) as traeger,
                   sum(g.zugewiesen)::int as zugewiesen, sum(g.laufend)::int as laufend,
                   sum(g.abgeschlossen)::int as abgeschlossen, sum(g.abbruch)::int as abbruch
              from je_massnahme g
              join massnahme m on m.id = g.massnahme_id
              join baustein b on b.id = m.baustein_id
              join massnahmetraeger mt on mt.id = m.traeger_id
             group by b.programm_id, b.nummer, b.name, coalesce(mt.kurzname, mt.name)
             order by b.nummer, b.programm_id, lower(coalesce(mt.kurzname, mt.name))""";

    /** The people of the program by the cut-off date with at least one assignment begun by then. */
    private static final String PERSONEN = """
            select count(*)
              from programmteilnahme p
             where p.programm = {0} and p.aufgenommen_am <= {1}
               and exists (select 1 from zuweisung z where z.teilnehmer_id = p.teilnehmer_id and z.ab <= {1})""";

    private final DSLContext sql;

    ZuweisungsBericht(DSLContext sql) {
        this.sql = sql;
    }

    List<Zuweisungszeile> zeilen(String programm, LocalDate stichtag) {
        return sql.resultQuery(ABFRAGE, DSL.val(programm), DSL.val(stichtag)).fetch(ZuweisungsBericht::zeile);
    }

    /** Distinct people with at least one such assignment. */
    int personen(String programm, LocalDate stichtag) {
        return sql.resultQuery(PERSONEN, DSL.val(programm), DSL.val(stichtag)).fetchOne(0, Integer.class);
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
