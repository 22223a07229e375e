package de.teilhabe.platform.teilnehmer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL of retention, anonymisation and erasure in the running Kreis transaction: the rules, the candidates
 * (rows not yet anonymised whose clock has started), and the updates and deletes themselves.
 */
@Singleton
class AufbewahrungTabellen {

    /** Text that replaces a required free text (reasons) when a row is anonymised. */
    static final String ANONYMISIERT = "anonymisiert";

    /** Whether assignment {@code z} is to a Maßnahme whose Baustein is covered by a Zuwendungsbescheid. */
    private static final String GEFOERDERT = "exists (select 1 from massnahme m"
            + " join bescheid_baustein bb on bb.baustein_id = m.baustein_id"
            + " join zuwendungsbescheid b on b.id = bb.bescheid_id"
            + " where m.id = z.massnahme_id and b.art = 'BESCHEID')";

    private final DSLContext sql;

    AufbewahrungTabellen(DSLContext sql) {
        this.sql = sql;
    }

    /** A participant whose case ended, and whether any of the assignments is funded. */
    record Fall(UUID id, LocalDate abgemeldetAm, boolean gefoerdert) {
    }

    /** An assignment of a participant whose case ended. */
    record ZuweisungsFall(UUID id, UUID teilnehmerId, LocalDate abgemeldetAm, boolean gefoerdert) {
    }

    /** A consent withdrawn or of a participant whose case ended. */
    record EinwilligungsFall(UUID id, UUID teilnehmerId, LocalDate widerrufenAm, LocalDate abgemeldetAm) {
    }

    /** Rules of the Kreis; a type without row has its default. */
    List<Aufbewahrungsregel> regeln() {
        Map<Aufbewahrungstyp, Aufbewahrungsregel> regeln = new EnumMap<>(Aufbewahrungstyp.class);
        for (Aufbewahrungstyp typ : Aufbewahrungstyp.values()) {
            regeln.put(typ, new Aufbewahrungsregel(typ, typ.standardJahre(), typ.standardJahre(), 0L));
        }
        sql.fetch("select typ, jahre, version from aufbewahrungsregel").forEach(r -> {
            Aufbewahrungstyp typ = Aufbewahrungstyp.valueOf(r.get("typ", String.class));
            regeln.put(typ, new Aufbewahrungsregel(typ, r.get("jahre", Integer.class), typ.standardJahre(),
                    r.get("version", Long.class)));
        });
        return List.copyOf(regeln.values());
    }

    boolean regelAendern(Aufbewahrungstyp typ, long version, int jahre) {
        return sql.execute("update aufbewahrungsregel set jahre = ?, version = version + 1 where typ = ? and version = ?",
                DSL.val(jahre), s(typ.name()), DSL.val(version)) == 1;
    }

    /** A participant's case for erasure (also if already anonymised). */
    Optional<Fall> fall(UUID teilnehmerId) {
        return sql.fetchOptional("select t.id, t.abgemeldet_am, exists (select 1 from zuweisung z"
                        + " where z.teilnehmer_id = t.id and " + GEFOERDERT + ") as gefoerdert from teilnehmer t where t.id = ?",
                u(teilnehmerId)).map(r -> new Fall(r.get("id", UUID.class), r.get("abgemeldet_am", LocalDate.class),
                r.get("gefoerdert", Boolean.class)));
    }

    List<Fall> beendeteFaelle() {
        return sql.fetch("select t.id, t.abgemeldet_am, exists (select 1 from zuweisung z"
                        + " where z.teilnehmer_id = t.id and " + GEFOERDERT + ") as gefoerdert from teilnehmer t"
                        + " where t.anonymisiert_am is null and t.abgemeldet_am is not null order by t.abgemeldet_am, t.id")
                .map(r -> new Fall(r.get("id", UUID.class), r.get("abgemeldet_am", LocalDate.class),
                        r.get("gefoerdert", Boolean.class)));
    }

    List<ZuweisungsFall> beendeteZuweisungen() {
        return sql.fetch("select z.id, z.teilnehmer_id, t.abgemeldet_am, " + GEFOERDERT + " as gefoerdert"
                        + " from zuweisung z join teilnehmer t on t.id = z.teilnehmer_id"
                        + " where z.anonymisiert_am is null and t.abgemeldet_am is not null order by t.abgemeldet_am, z.id")
                .map(r -> new ZuweisungsFall(r.get("id", UUID.class), r.get("teilnehmer_id", UUID.class),
                        r.get("abgemeldet_am", LocalDate.class), r.get("gefoerdert", Boolean.class)));
    }

    List<EinwilligungsFall> beendeteEinwilligungen() {
        return sql.fetch("select e.id, e.teilnehmer_id, e.widerrufen_am, t.abgemeldet_am"
                        + " from einwilligung e join teilnehmer t on t.id = e.teilnehmer_id where e.anonymisiert_am is null"
                        + " and (e.widerrufen_am is not null or t.abgemeldet_am is not null) order by e.erteilt_am, e.id")
                .map(r -> new EinwilligungsFall(r.get("id", UUID.class), r.get("teilnehmer_id", UUID.class),
                        r.get("widerrufen_am", LocalDate.class), r.get("abgemeldet_am", LocalDate.class)));
    }

    /**
     * Removes names, exact birth date (1 January of the year stays), case managers, free texts of the person, the
     * residence and Merkmal notes and the participations' exception, approver and de-registration reason; keeps the
     * dated facts themselves (Kommunen, residence status, work ban, programs with their verdict, intake and
     * de-registration with its kind) for the statistics.
     */
    void teilnehmerAnonymisieren(UUID id) {
        sql.execute("update teilnehmer set vorname = ?, nachname = ?,"
                + " geburtsdatum = make_date(extract(year from geburtsdatum)::int, 1, 1), fallverantwortung = null,"
                + " sprachniveau = case when sprachniveau ~ '^[ABC][12]$' then sprachniveau end,"
                + " abmeldegrund = case when abmeldegrund is null then null else ? end,"
                + " anonymisiert_am = current_date, version = version + 1 where id = ? and anonymisiert_am is null",
                s(ANONYMISIERT), s(ANONYMISIERT), s(ANONYMISIERT), u(id));
        sql.execute("update aufenthalt set notiz = null where teilnehmer_id = ? and notiz is not null", u(id));
        // case work: goals keep their status and dates, referrals the service; texts go, notes are free text only
        sql.execute("update ziel set bedarf = ?, ziel = ?, version = version + 1 where teilnehmer_id = ?",
                s(ANONYMISIERT), s(ANONYMISIERT), u(id));
        sql.execute("update verweisung set beschreibung = null, ergebnis = case when ergebnis is not null then ? end,"
                + " version = version + 1 where teilnehmer_id = ?", s(ANONYMISIERT), u(id));
        sql.execute("delete from fallnotiz where teilnehmer_id = ?", u(id));
        sql.execute("delete from programmfeld where teilnehmer_id = ?", u(id));
        sql.execute("update programmteilnahme set"
                + " ausnahme_grund = case when ausnahme_grund is null then null else ? end,"
                + " ausnahme_genehmigt_von = case when ausnahme_genehmigt_von is null then null else ? end,"
                + " abmeldegrund = case when abmeldegrund is null then null else ? end, fallverantwortung = null,"
                + " version = version + 1 where teilnehmer_id = ?", s(ANONYMISIERT), s(ANONYMISIERT),
                s(ANONYMISIERT), u(id));
        sql.execute("update merkmal set notiz = null where teilnehmer_id = ? and notiz is not null", u(id));
    }

    /** Removes the drop-out reason; outcome and dates stay. */
    void zuweisungAnonymisieren(UUID id) {
        sql.execute("update zuweisung set abbruchgrund = case when ergebnis = 'ABBRUCH' then ? end,"
                + " anonymisiert_am = current_date, version = version + 1 where id = ? and anonymisiert_am is null",
                s(ANONYMISIERT), u(id));
    }

    /** Cuts the consent's link to the person; purpose and dates stay. */
    void einwilligungAnonymisieren(UUID id) {
        sql.execute("update einwilligung set teilnehmer_id = null, anonymisiert_am = current_date,"
                + " version = version + 1 where id = ? and anonymisiert_am is null", u(id));
    }

    /** When the participant was anonymised, if so. */
    LocalDate anonymisiertAm(UUID teilnehmerId) {
        return sql.fetchOptional("select anonymisiert_am from teilnehmer where id = ?", u(teilnehmerId))
                .map(r -> r.get(0, LocalDate.class)).orElse(null);
    }

    /** Deletes the participant's rows; the counts per table, for the audit log. */
    Map<String, Integer> loeschen(UUID teilnehmerId) {
        Map<String, Integer> zeilen = new LinkedHashMap<>();
        for (String tabelle : List.of("programmfeld", "ziel", "fallnotiz", "verweisung", "aufenthalt", "wohnort",
                "merkmal", "freigabe", "programmteilnahme", "einwilligung", "zuweisung")) {
            zeilen.put(tabelle, sql.execute("delete from " + tabelle + " where teilnehmer_id = ?", u(teilnehmerId)));
        }
        zeilen.put("teilnehmer", sql.execute("delete from teilnehmer where id = ?", u(teilnehmerId)));
        return zeilen;
    }

    private static Param<UUID> u(UUID wert) {
        return DSL.val(wert, SQLDataType.UUID);
    }

    private static Param<String> s(String wert) {
        return DSL.val(wert, SQLDataType.CLOB);
    }
}
