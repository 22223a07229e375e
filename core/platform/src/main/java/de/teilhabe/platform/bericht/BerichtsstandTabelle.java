package de.teilhabe.platform.bericht;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/** The SQL of the frozen reports (table {@code berichtsstand}, V41), in the running Kreis transaction. */
@Singleton
class BerichtsstandTabelle {

    private static final String SPALTEN = "id, art, programm_id, stichtag, titel, anlass, geschuetzt, "
            + "festgeschrieben_am, festgeschrieben_von";

    /** A frozen report's head with its content as JSON. */
    record Zeile(Berichtsstand stand, String inhalt) {
    }

    private final DSLContext sql;

    BerichtsstandTabelle(DSLContext sql) {
        this.sql = sql;
    }

    Berichtsstand einfuegen(UUID id, String art, String programm, LocalDate stichtag, String titel, String anlass,
                            boolean geschuetzt, String von, String inhalt) {
        sql.execute("insert into berichtsstand (id, art, programm_id, stichtag, titel, anlass, geschuetzt, "
                + "festgeschrieben_von, inhalt) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", id, art, programm, stichtag,
                titel, anlass, geschuetzt, von, inhalt);
        return stand(sql.resultQuery("select " + SPALTEN + " from berichtsstand where id = ?", id).fetchSingle());
    }

    /** The program's frozen reports, newest first; with {@code nurGeschuetzte} only the protected ones. */
    List<Berichtsstand> liste(String programm, boolean nurGeschuetzte) {
        return sql.resultQuery("select " + SPALTEN + " from berichtsstand where programm_id = ? and (geschuetzt or not ?)"
                + " order by festgeschrieben_am desc", programm, nurGeschuetzte).fetch(BerichtsstandTabelle::stand);
    }

    Optional<Zeile> lesen(UUID id) {
        return sql.resultQuery("select " + SPALTEN + ", inhalt from berichtsstand where id = ?", id).fetchOptional()
                .map(r -> new Zeile(stand(r), r.get("inhalt", JSONB.class).data()));
    }

    private static Berichtsstand stand(Record r) {
        return new Berichtsstand(r.get("id", UUID.class), r.get("art", String.class), r.get("programm_id", String.class),
                r.get("stichtag", LocalDate.class), r.get("titel", String.class), r.get("anlass", String.class),
                r.get("geschuetzt", Boolean.class), r.get("festgeschrieben_am", OffsetDateTime.class).toInstant(),
                r.get("festgeschrieben_von", String.class));
    }
}
