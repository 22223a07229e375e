package de.teilhabe.platform.massnahme;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The Maßnahmen table of the running Kreis transaction in one query, in the order of the council tables. */
@Singleton
class MassnahmenAbfrage {

    private static final Table<Record> M = table(name("massnahme")).as("m");
    private static final Table<Record> B = table(name("baustein")).as("b");
    private static final Table<Record> T = table(name("massnahmetraeger")).as("t");
    private static final Field<UUID> M_ID = field(name("m", "id"), SQLDataType.UUID);
    private static final Field<Long> LAUFNUMMER = field(name("m", "laufnummer"), SQLDataType.BIGINT);
    private static final Field<String> PROGRAMM = field(name("b", "programm_id"), SQLDataType.CLOB);
    private static final Field<Integer> NUMMER = field(name("b", "nummer"), SQLDataType.INTEGER);
    private static final Field<String> BAUSTEIN = field(name("b", "name"), SQLDataType.CLOB);
    private static final Field<UUID> T_ID = field(name("t", "id"), SQLDataType.UUID);
    private static final Field<String> TRAEGER = DSL.coalesce(field(name("t", "kurzname"), SQLDataType.CLOB),
            field(name("t", "name"), SQLDataType.CLOB)).as("traeger");
    private static final Field<String> TITEL = field(name("m", "titel"), SQLDataType.CLOB);
    private static final Field<LocalDate> START = field(name("m", "geplanter_start"), SQLDataType.LOCALDATE);
    private static final Field<String> HINWEIS = field(name("m", "start_hinweis"), SQLDataType.CLOB);
    private static final Field<Integer> KAPAZITAET = field(name("m", "kapazitaet"), SQLDataType.INTEGER);
    private static final Field<String> STATUS = field(name("m", "status"), SQLDataType.CLOB);
    private static final Field<String> BEMERKUNG = field(name("m", "bemerkung"), SQLDataType.CLOB);
    private static final Field<Long> VERSION = field(name("m", "version"), SQLDataType.BIGINT);
    private static final Field<String> KOMMUNEN = field(
            "(select string_agg(k.name, '/' order by mk.position) from massnahme_kommune mk"
                    + " join kommune k on k.id = mk.kommune_id where mk.massnahme_id = m.id)", SQLDataType.CLOB)
            .as("kommunen");
    private static final Field<String> GRUND = field(
            "(select s.grund from massnahme_status s where s.massnahme_id = m.id and s.ersetzt_am is null"
                    + " order by s.ab desc, s.erfasst_am desc, s.id desc limit 1)", SQLDataType.CLOB).as("status_grund");

    private final DSLContext sql;

    MassnahmenAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    List<MassnahmeZeile> alle() {
        return sql.select(M_ID, PROGRAMM, NUMMER, BAUSTEIN, T_ID, TRAEGER, KOMMUNEN, TITEL, START, HINWEIS, KAPAZITAET,
                STATUS, GRUND, BEMERKUNG, VERSION)
                .from(M)
                .join(B).on(field(name("b", "id"), SQLDataType.UUID).eq(field(name("m", "baustein_id"), SQLDataType.UUID)))
                .join(T).on(T_ID.eq(field(name("m", "traeger_id"), SQLDataType.UUID)))
                .orderBy(PROGRAMM, NUMMER, LAUFNUMMER)
                .fetch(r -> new MassnahmeZeile(r.get(M_ID), r.get(PROGRAMM), r.get(NUMMER), r.get(BAUSTEIN),
                        r.get(T_ID), r.get(TRAEGER), r.get(KOMMUNEN), r.get(TITEL), r.get(START), r.get(HINWEIS),
                        r.get(KAPAZITAET), Status.valueOf(r.get(STATUS)), r.get(GRUND), r.get(BEMERKUNG),
                        r.get(VERSION)));
    }
}
