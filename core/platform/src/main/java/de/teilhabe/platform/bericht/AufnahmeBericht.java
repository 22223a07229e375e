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
 * Report (a) in the running Kreis transaction, one statement over {@link Stichtagsstand#personen}: every Kommune of
 * the Kreis with the people taken into the program up to the cut-off date, by the Kommune they lived in on that
 * date, split by the residence status in force on their first intake day, de-registered by the cut-off date (no
 * participation running on it), and documented exceptions. Anonymised people still count: they keep Kommune, status
 * history and program for exactly this purpose.
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
                select s.kommune_id,
                       count(*) filter (where s.status = 'DULDUNG') as duldung,
                       count(*) filter (where s.status = 'GESTATTUNG') as gestattung,
                       count(*) filter (where s.status = 'AUFENTHALTSTITEL') as aufenthaltstitel,
                       count(*) filter (where s.status is null or s.status
                                           not in ('DULDUNG', 'GESTATTUNG', 'AUFENTHALTSTITEL')) as sonstige,
                       count(*) as gesamt,
                       count(*) filter (where not s.aktiv) as abgemeldet,
                       count(*) filter (where s.ausnahme) as ausnahmen
                  from {0} s
                 group by s.kommune_id) x on x.kommune_id = k.id""";


    private final DSLContext sql;

    AufnahmeBericht(DSLContext sql) {
        this.sql = sql;
    }

    /** The Kommune rows, sorted by name (German collation), with exact counts. */
    List<Aufnahmezeile> zeilen(String programm, LocalDate stichtag) {
        Collator deutsch = Collator.getInstance(Locale.GERMAN);
        return sql.resultQuery(ABFRAGE, Stichtagsstand.personen(programm, stichtag))
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
