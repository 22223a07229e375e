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
 */
@Singleton
class AufnahmeBericht {

    private static final String ABFRAGE = """
            select k.name as kommune,
                   count(p.id) filter (where s.status = 'DULDUNG') as duldung,
                   count(p.id) filter (where s.status = 'GESTATTUNG') as gestattung,
                   count(p.id) filter (where s.status = 'AUFENTHALTSTITEL') as aufenthaltstitel,
                   count(p.id) filter (where s.status is null
                                          or s.status not in ('DULDUNG', 'GESTATTUNG', 'AUFENTHALTSTITEL')) as sonstige,
                   count(p.id) as gesamt,
                   count(p.id) filter (where t.abgemeldet_am <= {1}) as abgemeldet,
                   count(p.id) filter (where p.ausnahme_grund is not null) as ausnahmen
              from kommune k
              left join teilnehmer t on t.kommune_id = k.id
              left join programmteilnahme p on p.teilnehmer_id = t.id and p.programm = {0} and p.aufgenommen_am <= {1}
              left join lateral (select a.status from aufenthalt a
                                  where a.teilnehmer_id = p.teilnehmer_id and a.ab <= p.aufgenommen_am
                                  order by a.ab desc, a.erfasst_am desc limit 1) s on true
             group by k.id, k.name""";

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
