package de.teilhabe.platform.teilnehmer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reads and writes a participant's rows in the running Kreis transaction. Updates of versioned rows count
 * up {@code version} and report whether the read version was still the stored one.
 */
@Singleton
class TeilnehmerTabellen {

    private final DSLContext sql;

    TeilnehmerTabellen(DSLContext sql) {
        this.sql = sql;
    }

    /** A row of a child table with the participant it belongs to. */
    record Zugehoerig<T>(UUID teilnehmerId, T wert) {
    }

    /**
     * What an assignment needs to know about a Maßnahme and its Baustein; {@code status} is the Maßnahme's status
     * on the assignment's first day (from its history), {@code anzeige} the text the person's record shows.
     */
    record MassnahmeRahmen(UUID id, String status, LocalDate geplanterStart, String programmId, int baustein,
                           LocalDate beginn, LocalDate ende, String anzeige) {
    }

    /** The person; intake, de-registration and the Kommune follow from the history written next. */
    void anlegen(Teilnehmer t) {
        sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, sprachniveau,"
                        + " fallverantwortung, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                u(t.id()), s(t.vorname()), s(t.nachname()), d(t.geburtsdatum()), u(t.kommuneId()), s(t.sprachniveau()),
                s(t.fallverantwortung()));
    }

    Optional<Teilnehmer> teilnehmer(UUID id) {
        return sql.fetchOptional("select * from teilnehmer where id = ?", u(id)).map(TeilnehmerTabellen::teilnehmer);
    }

    /** Writes the person's own fields of {@code neu} if {@code version} is still stored; false otherwise. */
    boolean aendern(Teilnehmer neu, long version) {
        return sql.execute("update teilnehmer set vorname = ?, nachname = ?, geburtsdatum = ?, sprachniveau = ?,"
                        + " fallverantwortung = ?, version = version + 1 where id = ? and version = ?",
                s(neu.vorname()), s(neu.nachname()), d(neu.geburtsdatum()), s(neu.sprachniveau()),
                s(neu.fallverantwortung()), u(neu.id()), DSL.val(version)) == 1;
    }

    /** Counts up the version: a change of the person's history that the person's version guards. */
    boolean beruehren(UUID id, long version) {
        return sql.execute("update teilnehmer set version = version + 1 where id = ? and version = ?", u(id),
                DSL.val(version)) == 1;
    }

    /**
     * Another participant with the same names (ignoring case), birth date (both unknown counts as the same) and
     * Kommune; anonymised ones do not count.
     */
    boolean doppelt(String vorname, String nachname, LocalDate geburtsdatum, UUID kommuneId, UUID ausser) {
        return sql.fetchOptional("select 1 from teilnehmer where lower(vorname) = lower(?)"
                        + " and lower(nachname) = lower(?) and geburtsdatum is not distinct from ? and kommune_id = ?"
                        + " and id <> ? and anonymisiert_am is null limit 1",
                s(vorname), s(nachname), d(geburtsdatum), u(kommuneId), u(ausser)).isPresent();
    }

    /**
     * People already recorded whom an intake of these names may mean: same names ignoring case and the same birth
     * date, or a birth date unknown on either side — in any Kommune of the Kreis (people move).
     */
    List<Personenhinweis> aehnliche(String vorname, String nachname, LocalDate geburtsdatum) {
        return sql.fetch("select t.id, t.nachname || ', ' || t.vorname as name, t.geburtsdatum, k.name as kommune,"
                        + " array(select distinct p.programm from programmteilnahme p where p.teilnehmer_id = t.id"
                        + " and p.ersetzt_am is null order by 1) as programme,"
                        + " t.aufgenommen_am is not null and t.abgemeldet_am is null as aktiv"
                        + " from teilnehmer t join kommune k on k.id = t.kommune_id"
                        + " where lower(t.vorname) = lower(?) and lower(t.nachname) = lower(?) and t.anonymisiert_am is null"
                        + " and (cast(? as date) is null or t.geburtsdatum is null or t.geburtsdatum = ?)"
                        + " order by lower(t.nachname), lower(t.vorname), t.id limit 10",
                s(vorname), s(nachname), d(geburtsdatum), d(geburtsdatum)).map(r -> {
                    String[] programme = r.get("programme", String[].class);
                    return new Personenhinweis(r.get("id", UUID.class), r.get("name", String.class),
                            r.get("geburtsdatum", LocalDate.class), r.get("kommune", String.class),
                            programme == null ? List.of() : Arrays.asList(programme), r.get("aktiv", Boolean.class));
                });
    }

    void einwilligungAnlegen(UUID teilnehmerId, Einwilligungszweck zweck, LocalDate am) {
        sql.execute("insert into einwilligung (id, teilnehmer_id, zweck, erteilt_am, version) values (?, ?, ?, ?, 0)",
                u(UUID.randomUUID()), u(teilnehmerId), s(zweck.name()), d(am));
    }

    List<Einwilligung> einwilligungen(UUID teilnehmerId) {
        return sql.fetch("select * from einwilligung where teilnehmer_id = ? order by erteilt_am, zweck, id",
                u(teilnehmerId)).map(TeilnehmerTabellen::einwilligung);
    }

    Optional<Zugehoerig<Einwilligung>> einwilligung(UUID id) {
        return sql.fetchOptional("select * from einwilligung where id = ?", u(id))
                .map(r -> new Zugehoerig<>(r.get("teilnehmer_id", UUID.class), einwilligung(r)));
    }

    boolean widerrufen(UUID id, long version, LocalDate am) {
        return sql.execute("update einwilligung set widerrufen_am = ?, version = version + 1"
                + " where id = ? and version = ? and widerrufen_am is null", d(am), u(id), DSL.val(version)) == 1;
    }

    /** The Maßnahme with its Baustein and its status on {@code tag} (its history; the first status if none by then). */
    Optional<MassnahmeRahmen> massnahme(UUID id, LocalDate tag) {
        return sql.fetchOptional("select m.id, coalesce((select s.status from massnahme_status s where s.massnahme_id = m.id"
                        + " and s.ersetzt_am is null and s.ab <= ? order by s.ab desc, s.erfasst_am desc, s.id desc limit 1),"
                        + " m.status) as status, m.geplanter_start, b.programm_id, b.nummer, b.beginn, b.ende,"
                        + " concat_ws(' · ', 'FB ' || b.nummer, coalesce(t.kurzname, t.name), m.titel) as anzeige"
                        + " from massnahme m join baustein b on b.id = m.baustein_id"
                        + " join massnahmetraeger t on t.id = m.traeger_id where m.id = ?", d(tag), u(id))
                .map(r -> new MassnahmeRahmen(r.get("id", UUID.class), r.get("status", String.class),
                        r.get("geplanter_start", LocalDate.class), r.get("programm_id", String.class),
                        r.get("nummer", Integer.class), r.get("beginn", LocalDate.class), r.get("ende", LocalDate.class),
                        r.get("anzeige", String.class)));
    }

    /** The holder of the program's post that is responsible for the Kommune on that day, if any. */
    Optional<String> zustaendig(String programm, UUID kommuneId, LocalDate tag) {
        return sql.fetchOptional("select s.inhaber from stelle s join stelle_kommune sk on sk.stelle_id = s.id"
                        + " where s.programm_id = ? and sk.kommune_id = ? and s.inhaber is not null and btrim(s.inhaber) <> ''"
                        + " and s.beginn <= ? and (s.ende is null or s.ende >= ?) order by s.beginn, s.bezeichnung limit 1",
                s(programm), u(kommuneId), d(tag), d(tag)).map(r -> r.get(0, String.class));
    }

    /** The stored values of a program's extra case fields of a participant (key to value). */
    Map<String, String> programmfelder(UUID teilnehmerId, String programm) {
        Map<String, String> werte = new LinkedHashMap<>();
        sql.fetch("select schluessel, wert from programmfeld where teilnehmer_id = ? and programm = ? order by schluessel",
                u(teilnehmerId), s(programm)).forEach(r -> werte.put(r.get(0, String.class), r.get(1, String.class)));
        return werte;
    }

    /** Replaces a program's extra case field values of a participant. */
    void programmfelderErsetzen(UUID teilnehmerId, String programm, Map<String, String> werte) {
        sql.execute("delete from programmfeld where teilnehmer_id = ? and programm = ?", u(teilnehmerId), s(programm));
        werte.forEach((schluessel, wert) -> sql.execute("insert into programmfeld (teilnehmer_id, programm, schluessel,"
                + " wert) values (?, ?, ?, ?)", u(teilnehmerId), s(programm), s(schluessel), s(wert)));
    }

    String kommune(UUID kommuneId) {
        return sql.fetchOne("select name from kommune where id = ?", u(kommuneId)).get(0, String.class);
    }

    /** Participants of the Kreis, for the demo data's "already there?". */
    long anzahl() {
        return sql.fetchOne("select count(*) from teilnehmer").get(0, Long.class);
    }

    private static Teilnehmer teilnehmer(Record r) {
        return new Teilnehmer(r.get("id", UUID.class), r.get("vorname", String.class), r.get("nachname", String.class),
                r.get("geburtsdatum", LocalDate.class), r.get("kommune_id", UUID.class),
                r.get("sprachniveau", String.class), r.get("fallverantwortung", String.class), r.get("aufgenommen_am", LocalDate.class),
                r.get("abgemeldet_am", LocalDate.class), r.get("abmeldegrund", String.class),
                r.get("version", Long.class));
    }

    private static Einwilligung einwilligung(Record r) {
        return new Einwilligung(r.get("id", UUID.class), Einwilligungszweck.valueOf(r.get("zweck", String.class)),
                r.get("erteilt_am", LocalDate.class), r.get("widerrufen_am", LocalDate.class),
                r.get("version", Long.class));
    }

    private static Param<UUID> u(UUID wert) {
        return DSL.val(wert, SQLDataType.UUID);
    }

    private static Param<String> s(String wert) {
        return DSL.val(wert, SQLDataType.CLOB);
    }

    private static Param<LocalDate> d(LocalDate wert) {
        return DSL.val(wert, SQLDataType.LOCALDATE);
    }
}
