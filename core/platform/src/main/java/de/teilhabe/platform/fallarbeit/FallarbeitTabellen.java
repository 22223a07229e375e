package de.teilhabe.platform.fallarbeit;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Reads and writes goals, notes and referrals in the running Kreis transaction. */
@Singleton
class FallarbeitTabellen {

    private final DSLContext sql;

    FallarbeitTabellen(DSLContext sql) {
        this.sql = sql;
    }

    /** The participant's intake date; empty if there is no such participant. */
    Optional<Optional<LocalDate>> aufnahme(UUID teilnehmerId) {
        return sql.fetchOptional("select aufgenommen_am from teilnehmer where id = ?", u(teilnehmerId))
                .map(r -> Optional.ofNullable(r.get(0, LocalDate.class)));
    }

    /** The participant a goal or referral belongs to. */
    Optional<UUID> teilnehmerVon(String tabelle, UUID id) {
        return sql.fetchOptional("select teilnehmer_id from " + tabelle + " where id = ?", u(id))
                .map(r -> r.get(0, UUID.class));
    }

    List<Ziel> ziele(UUID teilnehmerId) {
        return sql.fetch("select * from ziel where teilnehmer_id = ? order by vereinbart_am, id", u(teilnehmerId))
                .map(FallarbeitTabellen::ziel);
    }

    Optional<Ziel> ziel(UUID id) {
        return sql.fetchOptional("select * from ziel where id = ?", u(id)).map(FallarbeitTabellen::ziel);
    }

    void zielAnlegen(UUID id, UUID teilnehmerId, ZielDaten d) {
        sql.execute("insert into ziel (id, teilnehmer_id, bedarf, ziel, status, vereinbart_am, zieldatum, erreicht_am)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)", u(id), u(teilnehmerId), DSL.val(d.bedarf().strip()),
                DSL.val(d.ziel().strip()), DSL.val(d.status().name()), d(d.vereinbartAm()), d(d.zieldatum()),
                d(d.erreichtAm()));
    }

    boolean zielAendern(UUID id, long version, ZielDaten d) {
        return sql.execute("update ziel set bedarf = ?, ziel = ?, status = ?, vereinbart_am = ?, zieldatum = ?,"
                        + " erreicht_am = ?, version = version + 1 where id = ? and version = ?",
                DSL.val(d.bedarf().strip()), DSL.val(d.ziel().strip()), DSL.val(d.status().name()),
                d(d.vereinbartAm()), d(d.zieldatum()), d(d.erreichtAm()), u(id), DSL.val(version)) == 1;
    }

    List<Fallnotiz> notizen(UUID teilnehmerId) {
        return sql.fetch("select * from fallnotiz where teilnehmer_id = ? order by am desc, erfasst_am desc",
                u(teilnehmerId)).map(r -> new Fallnotiz(r.get("id", UUID.class), r.get("am", LocalDate.class),
                r.get("text", String.class), r.get("verfasser", String.class)));
    }

    void notizAnlegen(UUID teilnehmerId, LocalDate am, String text, String verfasser) {
        sql.execute("insert into fallnotiz (id, teilnehmer_id, am, text, verfasser) values (?, ?, ?, ?, ?)",
                u(UUID.randomUUID()), u(teilnehmerId), d(am), DSL.val(text.strip()), DSL.val(verfasser));
    }

    List<Verweisung> verweisungen(UUID teilnehmerId) {
        return sql.fetch("select * from verweisung where teilnehmer_id = ? order by am desc, id", u(teilnehmerId))
                .map(FallarbeitTabellen::verweisung);
    }

    Optional<Verweisung> verweisung(UUID id) {
        return sql.fetchOptional("select * from verweisung where id = ?", u(id)).map(FallarbeitTabellen::verweisung);
    }

    void verweisungAnlegen(UUID id, UUID teilnehmerId, VerweisungDaten d) {
        sql.execute("insert into verweisung (id, teilnehmer_id, stelle, beschreibung, am, ergebnisart, ergebnis,"
                        + " ergebnis_am) values (?, ?, ?, ?, ?, ?, ?, ?)", u(id), u(teilnehmerId), DSL.val(d.stelle().name()),
                DSL.val(leer(d.beschreibung())), d(d.am()), DSL.val(art(d)), DSL.val(leer(d.ergebnis())),
                d(d.ergebnisAm()));
    }

    boolean verweisungAendern(UUID id, long version, VerweisungDaten d) {
        return sql.execute("update verweisung set stelle = ?, beschreibung = ?, am = ?, ergebnisart = ?, ergebnis = ?,"
                        + " ergebnis_am = ?, version = version + 1 where id = ? and version = ?", DSL.val(d.stelle().name()),
                DSL.val(leer(d.beschreibung())), d(d.am()), DSL.val(art(d)), DSL.val(leer(d.ergebnis())),
                d(d.ergebnisAm()), u(id), DSL.val(version)) == 1;
    }

    private static String art(VerweisungDaten d) {
        return d.ergebnisart() == null ? null : d.ergebnisart().name();
    }

    private static Ziel ziel(Record r) {
        return new Ziel(r.get("id", UUID.class), r.get("bedarf", String.class), r.get("ziel", String.class),
                Zielstatus.valueOf(r.get("status", String.class)), r.get("vereinbart_am", LocalDate.class),
                r.get("zieldatum", LocalDate.class), r.get("erreicht_am", LocalDate.class), r.get("version", Long.class));
    }

    private static Verweisung verweisung(Record r) {
        return new Verweisung(r.get("id", UUID.class), Hilfeangebot.valueOf(r.get("stelle", String.class)),
                r.get("beschreibung", String.class), r.get("am", LocalDate.class),
                r.get("ergebnisart", String.class) == null ? null
                        : Verweisungsergebnis.valueOf(r.get("ergebnisart", String.class)),
                r.get("ergebnis", String.class), r.get("ergebnis_am", LocalDate.class), r.get("version", Long.class));
    }

    private static String leer(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static org.jooq.Param<UUID> u(UUID wert) {
        return DSL.val(wert, SQLDataType.UUID);
    }

    private static org.jooq.Param<LocalDate> d(LocalDate wert) {
        return DSL.val(wert, SQLDataType.LOCALDATE);
    }
}
