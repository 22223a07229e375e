package de.teilhabe.platform.audit;

import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The append-only audit logs: one per Kreis (in the Kreis's schema, written inside the Kreis's
 * transaction) and one of the platform for the operator's actions. The database refuses updates and
 * deletes on both; the Kreis role may only insert and read. What an entry may say about a person is
 * {@link Personenbezug}'s rule: entries about a person's record go through {@link #person} and {@link #personen},
 * which take field names, not values; {@link #kreis} and {@link #plattform}, which take old and new values, refuse
 * a person's object type.
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

    /** Rows per insert when many entries are written at once (five parameters each, far below the driver's limit). */
    private static final int JE_ANWEISUNG = 1000;

    private final DSLContext sql;
    private final JsonMapper json;
    private final KreisTransaktion kreisTransaktion;

    AuditProtokoll(DSLContext sql, JsonMapper json, KreisTransaktion kreisTransaktion) {
        this.sql = sql;
        this.json = json;
        this.kreisTransaktion = kreisTransaktion;
    }

    /**
     * Writes to the log of the Kreis whose transaction is running, about a record that is no person's (configuration,
     * Gremien, accounts): what changed with old and new values ({@link Aenderungen#zwischen}).
     */
    public void kreis(String wer, String aktion, String objektTyp, Object objektId, Map<String, ?> aenderung) {
        keinePerson(objektTyp);
        schreiben(KREIS_LOG, wer, aktion, objektTyp, objektId, aenderung);
    }

    /**
     * Writes to the log of the Kreis whose transaction is running, about one person's record ({@code objektId}: the
     * person's id): the names of the fields the action read or changed, never their values.
     */
    public void person(String wer, String aktion, String objektTyp, Object objektId, Collection<String> felder) {
        if (objektId == null) {
            throw new IllegalArgumentException("Audit: ein Eintrag über eine Person braucht ihre Id");
        }
        schreiben(KREIS_LOG, wer, aktion, objektTyp, objektId, Personenbezug.felder(felder));
    }

    /**
     * {@link #person} for each of {@code objektIds} (an import's people), the same field names for each; written in
     * statements of up to {@value #JE_ANWEISUNG} rows.
     */
    public void person(String wer, String aktion, String objektTyp, Collection<?> objektIds, Collection<String> felder) {
        String aenderung = alsJson(Personenbezug.felder(felder));
        List<?> ids = List.copyOf(objektIds);
        for (int von = 0; von < ids.size(); von += JE_ANWEISUNG) {
            var einfuegen = sql.insertInto(KREIS_LOG, BENUTZER, AKTION, OBJEKT_TYP, OBJEKT_ID, AENDERUNG);
            for (Object id : ids.subList(von, Math.min(ids.size(), von + JE_ANWEISUNG))) {
                einfuegen = einfuegen.values(wer, aktion, objektTyp, id.toString(), aenderung);
            }
            einfuegen.execute();
        }
    }

    /**
     * Writes to the log of the Kreis whose transaction is running, about many people at once — a search, a list, an
     * import: the fields used (the filter's, the file's columns) and counts such as the hits, no values.
     */
    public void personen(String wer, String aktion, String objektTyp, Collection<String> felder,
                         Map<String, ? extends Number> zahlen) {
        schreiben(KREIS_LOG, wer, aktion, objektTyp, null, Personenbezug.eintrag(felder, zahlen));
    }

    /** Writes to the platform's log (operator actions such as onboarding); no person's record is audited there. */
    @Transactional
    public void plattform(String wer, String aktion, String objektTyp, Object objektId, Map<String, ?> aenderung) {
        keinePerson(objektTyp);
        schreiben(PLATTFORM_LOG, wer, aktion, objektTyp, objektId, aenderung);
    }

    /**
     * An entry's change in words, for documents: {@code {"felder":["vorname","nachname"]}} becomes
     * {@code vorname, nachname}, a count {@code treffer: 12}, an old and new value {@code name: alt → neu}.
     */
    public String lesbar(String aenderung) {
        if (aenderung == null || aenderung.isBlank()) {
            return "";
        }
        Map<String, Object> werte;
        try {
            werte = json.readValue(aenderung, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            return aenderung;
        }
        if (werte == null) {
            return aenderung;
        }
        List<String> teile = new ArrayList<>();
        werte.forEach((feld, wert) -> {
            if ("felder".equals(feld) && wert instanceof List<?> namen) {
                teile.add(namen.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            } else if (wert instanceof List<?> paar && paar.size() == 2) {
                teile.add(feld + ": " + text(paar.get(0)) + " → " + text(paar.get(1)));
            } else {
                teile.add(feld + ": " + text(wert));
            }
        });
        return String.join("; ", teile);
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

    private static void keinePerson(String objektTyp) {
        if (Personenbezug.betrifftPerson(objektTyp)) {
            throw new IllegalArgumentException("Audit: Einträge über " + objektTyp + " nennen nur Felder (person)");
        }
    }

    private static String text(Object wert) {
        return wert == null ? "–" : wert.toString();
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
