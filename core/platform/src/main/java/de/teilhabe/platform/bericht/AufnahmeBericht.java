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
 * <p>The status in force on the intake day is kept on the participation ({@code status_bei_aufnahme}, by triggers
 * of migration V42), so the report is one pass over the program's participations, counted per Kommune before the
 * Kommune names are joined (issue 7: 100,000 people in a Kreis).
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
                       count(*) filter (where p.status_bei_aufnahme = 'DULDUNG') as duldung,
                       count(*) filter (where p.status_bei_aufnahme = 'GESTATTUNG') as gestattung,
                       count(*) filter (where p.status_bei_aufnahme = 'AUFENTHALTSTITEL') as aufenthaltstitel,
                       count(*) filter (where p.status_bei_aufnahme is null or p.status_bei_aufnahme
                                           not in ('DULDUNG', 'GESTATTUNG', 'AUFENTHALTSTITEL')) as sonstige,
                       count(*) as gesamt,
                       count(*) filter (where t.abgemeldet_am <= {1}) as abgemeldet,
                       count(*) filter (where p.ausnahme_grund is not null) as ausnahmen
                  from programmteilnahme p
                  join teilnehmer t on t.id = p.teilnehmer_id
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
