package de.teilhabe.platform.audit;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The append-only audit logs: one per Kreis (in the Kreis's schema, written inside the Kreis's
 * transaction) and one of the platform for the operator's actions. The database refuses updates and
 * deletes on both; the Kreis role may only insert and read.
 */
@Singleton
public class AuditProtokoll {

    private static final Table<Record> KREIS_LOG = DSL.table(DSL.name("audit_log"));
    private static final Table<Record> PLATTFORM_LOG = DSL.table(DSL.name("platform", "audit_log"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    private static final Field<OffsetDateTime> ZEITPUNKT =
            DSL.field(DSL.name("zeitpunkt"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> BENUTZER = DSL.field(DSL.name("benutzer"), SQLDataType.CLOB);
    private static final Field<String> AKTION = DSL.field(DSL.name("aktion"), SQLDataType.CLOB);
    private static final Field<String> OBJEKT_TYP = DSL.field(DSL.name("objekt_typ"), SQLDataType.CLOB);
    private static final Field<String> OBJEKT_ID = DSL.field(DSL.name("objekt_id"), SQLDataType.CLOB);
    private static final Field<String> AENDERUNG = DSL.field(DSL.name("aenderung"), SQLDataType.CLOB);

    private final DSLContext sql;
    private final JsonMapper json;
    private final KreisTransaktion kreisTransaktion;

    AuditProtokoll(DSLContext sql, JsonMapper json, KreisTransaktion kreisTransaktion) {
        this.sql = sql;
        this.json = json;
        this.kreisTransaktion = kreisTransaktion;
    }

    /** Writes to the log of the Kreis whose transaction is running. */
    public void kreis(String wer, String aktion, String objektTyp, Object objektId, Map<String, ?> aenderung) {
        schreiben(KREIS_LOG, wer, aktion, objektTyp, objektId, aenderung);
    }

    /** Writes to the platform's log (operator actions such as onboarding). */
    @Transactional
    public void plattform(String wer, String aktion, String objektTyp, Object objektId, Map<String, ?> aenderung) {
        schreiben(PLATTFORM_LOG, wer, aktion, objektTyp, objektId, aenderung);
    }

    /** The newest entries: a Kreis admin sees the Kreis's log, the operator the platform's. */
    public List<AuditEintrag> neueste(Nutzer nutzer, int limit) {
        if (nutzer.istBetreiber()) {
            return plattformLesen(limit);
        }
        String kreis = nutzer.kreisMitRolle(Rolle.KREIS_ADMIN);
        return kreisTransaktion.lesen(kreis, () -> lesen(KREIS_LOG, limit));
    }

    /**
     * In the running Kreis transaction: every entry about one record (its object id), oldest first — e.g. who read
     * or changed a participant, for a data subject's access request.
     */
    public List<AuditEintrag> zumObjekt(Object objektId) {
        return sql.select(ID, ZEITPUNKT, BENUTZER, AKTION, OBJEKT_TYP, OBJEKT_ID, AENDERUNG)
                .from(KREIS_LOG)
                .where(OBJEKT_ID.eq(objektId.toString()))
                .orderBy(ID)
                .fetch(r -> new AuditEintrag(r.get(ID), r.get(ZEITPUNKT).toInstant(), r.get(BENUTZER),
                        r.get(AKTION), r.get(OBJEKT_TYP), r.get(OBJEKT_ID), r.get(AENDERUNG)));
    }

    @Transactional(readOnly = true)
    List<AuditEintrag> plattformLesen(int limit) {
        return lesen(PLATTFORM_LOG, limit);
    }

    private void schreiben(Table<Record> log, String wer, String aktion, String objektTyp, Object objektId,
                           Map<String, ?> aenderung) {
        sql.insertInto(log, BENUTZER, AKTION, OBJEKT_TYP, OBJEKT_ID, AENDERUNG)
                .values(wer, aktion, objektTyp, objektId == null ? null : objektId.toString(), alsJson(aenderung))
                .execute();
    }

    private List<AuditEintrag> lesen(Table<Record> log, int limit) {
        return sql.select(ID, ZEITPUNKT, BENUTZER, AKTION, OBJEKT_TYP, OBJEKT_ID, AENDERUNG)
                .from(log)
                .orderBy(ID.desc())
                .limit(Math.max(1, Math.min(limit, 1000)))
                .fetch(r -> new AuditEintrag(r.get(ID), r.get(ZEITPUNKT).toInstant(), r.get(BENUTZER),
                        r.get(AKTION), r.get(OBJEKT_TYP), r.get(OBJEKT_ID), r.get(AENDERUNG)));
    }

    private String alsJson(Map<String, ?> aenderung) {
        if (aenderung == null || aenderung.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(aenderung);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
