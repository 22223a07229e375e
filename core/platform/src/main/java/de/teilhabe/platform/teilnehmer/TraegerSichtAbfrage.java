package de.teilhabe.platform.teilnehmer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The provider's view in the running Kreis transaction: assignments to the provider's Maßnahmen of people with a
 * consent to exchange data with providers in force today, with name and Maßnahme only.
 */
@Singleton
class TraegerSichtAbfrage {

    private static final String ABFRAGE = "select z.id as zuweisung_id, t.id as teilnehmer_id,"
            + " t.nachname || ', ' || t.vorname as name,"
            + " concat_ws(' · ', 'FB ' || b.nummer, coalesce(m.titel, k.name)) as massnahme,"
            + " z.ab, z.ergebnis, z.bis"
            + " from zuweisung z join teilnehmer t on t.id = z.teilnehmer_id"
            + " join massnahme m on m.id = z.massnahme_id join baustein b on b.id = m.baustein_id"
            + " left join lateral (select string_agg(ko.name, ', ' order by ko.name) as name from massnahme_kommune mk"
            + "   join kommune ko on ko.id = mk.kommune_id where mk.massnahme_id = m.id) k on true"
            + " where m.traeger_id = ? and z.ersetzt_am is null"
            + " and exists (select 1 from einwilligung e where e.teilnehmer_id = t.id and e.zweck = 'AUSTAUSCH_TRAEGER'"
            + "   and e.erteilt_am <= ? and (e.widerrufen_am is null or e.widerrufen_am > ?))";

    private final DSLContext sql;

    TraegerSichtAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    List<TraegerTeilnahme> alle(UUID traeger) {
        return abfragen("", traeger);
    }

    List<TraegerTeilnahme> person(UUID traeger, UUID teilnehmerId) {
        return abfragen(" and t.id = ?", traeger, DSL.val(teilnehmerId, SQLDataType.UUID));
    }

    private List<TraegerTeilnahme> abfragen(String bedingung, UUID traeger, Object... weitere) {
        LocalDate heute = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Object[] werte = new Object[3 + weitere.length];
        werte[0] = DSL.val(traeger, SQLDataType.UUID);
        werte[1] = DSL.val(heute, SQLDataType.LOCALDATE);
        werte[2] = DSL.val(heute, SQLDataType.LOCALDATE);
        System.arraycopy(weitere, 0, werte, 3, weitere.length);
        return sql.fetch(ABFRAGE + bedingung + " order by name, z.ab", werte).map(TraegerSichtAbfrage::zeile);
    }

    private static TraegerTeilnahme zeile(Record r) {
        return new TraegerTeilnahme(r.get("zuweisung_id", UUID.class), r.get("teilnehmer_id", UUID.class),
                r.get("name", String.class), r.get("massnahme", String.class), r.get("ab", LocalDate.class),
                Zuweisungsergebnis.valueOf(r.get("ergebnis", String.class)), r.get("bis", LocalDate.class));
    }
}
