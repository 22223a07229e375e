package de.teilhabe.platform.bericht;

import jakarta.inject.Singleton;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Report (a) in the running Kreis transaction, one statement: every Kommune of the Kreis with the people taken
 * into the program up to the cut-off date, split by the residence status in force on their intake day (the
 * newest residence entry dated on or before that day), de-registered by the cut-off date, and documented
 * exceptions. The Kommune is the person's current one (it has no history). Anonymised people still count: they
 * keep Kommune, status history and program for exactly this purpose.
 *
 * <p>The status in force on the intake day is found set-based rather than with one index lookup per person
 * (issue 7: 100,000 people in a Kreis): the history is read once in the order of the index
 * {@code aufenthalt_teilnehmer_status} (newest first), every entry is paired with the date of the next newer one
 * ({@code lag}), and the entry in force is the one dated on or before the intake day whose next newer entry is
 * dated after it (or that has none) — the same entry as "newest dated on or before, by date and then by when it
 * was entered". The people are counted per Kommune before the Kommune names are joined.
 */
@Singleton
class AufnahmeBericht {

    private static final String ABFRAGE = """
            select k.name as kommune, coalesce(x.duldung, 0) as duldung, coalesce(x.gestattung, 0) as gestattung,
                   coalesce(x.aufenthaltstitel, 0) as aufenthaltstitel, coalesce(x.sonstige, 0) as sonstige,
                   coalesce(x.gesamt, 0) as gesamt, coalesce(x.abgemeldet, 0) as abgemeldet,
                   coalesce(x.ausnahmen, 0) as ausnahmen
              from kommune k
              left join (
                select t.kommune_id,
                       count(*) filter (where s.status = 'DULDUNG') as duldung,
                       count(*) filter (where s.status = 'GESTATTUNG') as gestattung,
                       count(*) filter (where s.status = 'AUFENTHALTSTITEL') as aufenthaltstitel,
                       count(*) filter (where s.status is null
                                           or s.status not in ('DULDUNG', 'GESTATTUNG', 'AUFENTHALTSTITEL')) as sonstige,
                       count(*) as gesamt,
                       count(*) filter (where t.abgemeldet_am <= {1}) as abgemeldet,
                       count(*) filter (where p.ausnahme_grund is not null) as ausnahmen
                  from programmteilnahme p
                  join teilnehmer t on t.id = p.teilnehmer_id
                  left join (select a.teilnehmer_id, a.status, a.ab,
                                    lag(a.ab) over (partition by a.teilnehmer_id
                                                    order by a.ab desc, a.erfasst_am desc) as abgeloest_ab
                               from aufenthalt a
                              where a.ab <= {1}) s
                         on s.teilnehmer_id = p.teilnehmer_id and s.ab <= p.aufgenommen_am
                        and (s.abgeloest_ab is null or s.abgeloest_ab > p.aufgenommen_am)
                 where p.programm = {0} and p.aufgenommen_am <= {1}
                 group by t.kommune_id) x on x.kommune_id = k.id""";

    private final DSLContext sql;

    AufnahmeBericht(DSLContext sql) {
        this.sql = sql;
    }

    /** The Kommune rows, sorted by name (German collation), with exact counts. */
    List<Aufnahmezeile> zeilen(String programm, LocalDate stichtag) {
        Collator deutsch = Collator.getInstance(Locale.GERMAN);
        return sql.resultQuery(ABFRAGE, DSL.val(programm), DSL.val(stichtag))
                .fetch(AufnahmeBericht::zeile).stream()
                .sorted(Comparator.comparing(Aufnahmezeile::kommune, deutsch))
                .toList();
    }

    /** The sum row over the Kommune rows. */
    static Aufnahmezeile summe(List<Aufnahmezeile> zeilen) {
        Integer[] s = new Integer[8];
        Arrays.fill(s, 0);
        for (Aufnahmezeile z : zeilen) {
            int[] w = z.werte();
            for (int i = 0; i < w.length; i++) {
                s[i] += w[i];
            }
        }
        return Aufnahmezeile.aus("Summe", s);
    }

    private static Aufnahmezeile zeile(Record r) {
        int gesamt = r.get("gesamt", Integer.class);
        int abgemeldet = r.get("abgemeldet", Integer.class);
        return new Aufnahmezeile(r.get("kommune", String.class), r.get("duldung", Integer.class),
                r.get("gestattung", Integer.class), r.get("aufenthaltstitel", Integer.class),
                r.get("sonstige", Integer.class), gesamt, abgemeldet, gesamt - abgemeldet,
                r.get("ausnahmen", Integer.class));
    }
}
