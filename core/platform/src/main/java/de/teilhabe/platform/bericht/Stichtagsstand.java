package de.teilhabe.platform.bericht;

import java.time.LocalDate;
import org.jooq.Param;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The one reading of the dated facts every report counts (ADR 0002): the sets a Stichtag report aggregates at
 * cut-off date D, from current knowledge ({@code ersetzt_am is null}) and only from facts dated on or before D —
 * later entries cannot change a report for an earlier date.
 *
 * <ul>
 *   <li>{@link #personen}: one row per person taken into the program by D — {@code kommune_id} the Kommune the person
 *       lived in on D, {@code status} the residence status on the first intake day, {@code ausnahme} whether that
 *       intake was a documented exception, {@code aktiv} whether a participation runs on D (otherwise de-registered
 *       by D).</li>
 *   <li>Two columns the database derives make these one pass each (issue 7: 100,000 people, a million events):
 *       {@code programmteilnahme.erste} and {@code zuweisung.teilnahmeprogramme}; the generated-history test checks
 *       every count against a reference computed without them.</li>
 *   <li>{@link #zuweisungen}: one row per assignment counted for the program by D — begun by D, to a Maßnahme of the
 *       program's Bausteine, or made while the person took part in the program (the Teilhabemanagement of „Gemeinsam
 *       klappt’s“ assigns its people to Durchstarten's Maßnahmen: both programs count them) — with {@code laufend}
 *       on D, and {@code ergebnis} where it ended by D.</li>
 * </ul>
 */
final class Stichtagsstand {

    private Stichtagsstand() {
    }

    /**
     * People of {@code programm} at {@code stichtag}: teilnehmer_id, kommune_id, status, ausnahme, aktiv. One row per
     * person from the first participation ({@code erste}, derived by the database); active if it, or a later one
     * (a re-admission), runs on the day.
     */
    static Table<?> personen(String programm, LocalDate stichtag) {
        return DSL.table("""
                (select p.teilnehmer_id, w.kommune_id, p.status_bei_aufnahme as status,
                        p.ausnahme_grund is not null as ausnahme,
                        p.abgemeldet_am is null or p.abgemeldet_am > {1}
                            or p.teilnehmer_id in (select q.teilnehmer_id from programmteilnahme q
                                                    where q.programm = {0} and q.ersetzt_am is null and not q.erste
                                                      and q.aufgenommen_am <= {1}
                                                      and (q.abgemeldet_am is null or q.abgemeldet_am > {1})) as aktiv
                   from programmteilnahme p
                   join wohnort w on w.teilnehmer_id = p.teilnehmer_id and w.ersetzt_am is null
                                 and w.ab <= {1} and (w.bis is null or w.bis > {1})
                  where p.programm = {0} and p.erste and p.ersetzt_am is null and p.aufgenommen_am <= {1})""",
                text(programm), tag(stichtag));
    }

    /**
     * Assignments counted for {@code programm} at {@code stichtag}: id, teilnehmer_id, massnahme_id, laufend,
     * ergebnis (null while running on the cut-off date) — to a Maßnahme of the program's Bausteine, or begun while
     * the person took part in the program ({@code teilnahmeprogramme}, derived by the database).
     */
    static Table<?> zuweisungen(String programm, LocalDate stichtag) {
        return DSL.table("""
                (select z.id, z.teilnehmer_id, z.massnahme_id, z.bis is null or z.bis > {1} as laufend,
                        case when z.bis <= {1} then z.ergebnis end as ergebnis
                   from zuweisung z
                  where z.ersetzt_am is null and z.ab <= {1}
                    and ({0} = any (z.teilnahmeprogramme)
                         or z.massnahme_id in (select m.id from massnahme m join baustein b on b.id = m.baustein_id
                                                where b.programm_id = {0})))""",
                text(programm), tag(stichtag));
    }

    /** The Kommune each person lived in on {@code stichtag}: teilnehmer_id, kommune_id. */
    static Table<?> wohnorte(LocalDate stichtag) {
        return DSL.table("""
                (select w.teilnehmer_id, w.kommune_id from wohnort w
                  where w.ersetzt_am is null and w.ab <= {0} and (w.bis is null or w.bis > {0}))""", tag(stichtag));
    }

    static Param<String> text(String wert) {
        return DSL.val(wert, SQLDataType.CLOB);
    }

    static Param<LocalDate> tag(LocalDate wert) {
        return DSL.val(wert, SQLDataType.LOCALDATE);
    }
}
