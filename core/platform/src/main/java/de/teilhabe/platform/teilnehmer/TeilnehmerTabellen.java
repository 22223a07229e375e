package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
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

    private static final String ZUWEISUNG = "select z.*, concat_ws(' · ', 'FB ' || b.nummer,"
            + " coalesce(t.kurzname, t.name), m.titel) as anzeige from zuweisung z"
            + " join massnahme m on m.id = z.massnahme_id join baustein b on b.id = m.baustein_id"
            + " join massnahmetraeger t on t.id = m.traeger_id";

    private final DSLContext sql;

    TeilnehmerTabellen(DSLContext sql) {
        this.sql = sql;
    }

    /** A row of a child table with the participant it belongs to. */
    record Zugehoerig<T>(UUID teilnehmerId, T wert) {
    }

    /** What an assignment needs to know about a Maßnahme and its Baustein. */
    record MassnahmeRahmen(UUID id, String status, LocalDate geplanterStart, String programmId, LocalDate beginn,
                           LocalDate ende) {
    }

    void anlegen(Teilnehmer t) {
        sql.execute("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, sprachniveau,"
                        + " beschaeftigungsverbot, fallverantwortung, aufgenommen_am, abgemeldet_am, abmeldegrund, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                u(t.id()), s(t.vorname()), s(t.nachname()), d(t.geburtsdatum()), u(t.kommuneId()), s(t.sprachniveau()),
                DSL.val(t.beschaeftigungsverbot()), s(t.fallverantwortung()), d(t.aufgenommenAm()),
                d(t.abgemeldetAm()), s(t.abmeldegrund()));
    }

    Optional<Teilnehmer> teilnehmer(UUID id) {
        return sql.fetchOptional("select * from teilnehmer where id = ?", u(id)).map(TeilnehmerTabellen::teilnehmer);
    }

    /** Writes all fields of {@code neu} if {@code version} is still stored; false otherwise. */
    boolean aendern(Teilnehmer neu, long version) {
        return sql.execute("update teilnehmer set vorname = ?, nachname = ?, geburtsdatum = ?, kommune_id = ?,"
                        + " sprachniveau = ?, beschaeftigungsverbot = ?, fallverantwortung = ?, aufgenommen_am = ?,"
                        + " abgemeldet_am = ?, abmeldegrund = ?, version = version + 1 where id = ? and version = ?",
                s(neu.vorname()), s(neu.nachname()), d(neu.geburtsdatum()), u(neu.kommuneId()), s(neu.sprachniveau()),
                DSL.val(neu.beschaeftigungsverbot()), s(neu.fallverantwortung()), d(neu.aufgenommenAm()),
                d(neu.abgemeldetAm()), s(neu.abmeldegrund()), u(neu.id()), DSL.val(version)) == 1;
    }

    /** Another participant with the same names (ignoring case), birth date and Kommune; anonymised ones do not count. */
    boolean doppelt(String vorname, String nachname, LocalDate geburtsdatum, UUID kommuneId, UUID ausser) {
        return sql.fetchOptional("select 1 from teilnehmer where lower(vorname) = lower(?)"
                        + " and lower(nachname) = lower(?) and geburtsdatum = ? and kommune_id = ? and id <> ?"
                        + " and anonymisiert_am is null limit 1",
                s(vorname), s(nachname), d(geburtsdatum), u(kommuneId), u(ausser)).isPresent();
    }

    void aufenthaltAnlegen(UUID teilnehmerId, AufenthaltDaten a) {
        sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab, notiz) values (?, ?, ?, ?, ?)",
                u(UUID.randomUUID()), u(teilnehmerId), s(a.status().name()), d(a.ab()), s(a.notiz()));
    }

    /** The residence history, newest first (by date, then by entry). */
    List<Aufenthalt> aufenthalte(UUID teilnehmerId) {
        return sql.fetch("select * from aufenthalt where teilnehmer_id = ? order by ab desc, erfasst_am desc, id",
                u(teilnehmerId)).map(r -> new Aufenthalt(r.get("id", UUID.class),
                Aufenthaltsstatus.valueOf(r.get("status", String.class)), r.get("ab", LocalDate.class),
                r.get("notiz", String.class)));
    }

    void programmteilnahmeAnlegen(UUID teilnehmerId, Programmteilnahme p) {
        sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                        + " begruendungen, ausnahme_grund, ausnahme_genehmigt_von, freigabe, freigabe_am, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                u(p.id()), u(teilnehmerId), s(p.programm()), d(p.aufgenommenAm()), s(p.einstufung()),
                DSL.val(p.begruendungen().toArray(String[]::new), SQLDataType.CLOB.getArrayDataType()),
                s(p.ausnahmeGrund()), s(p.ausnahmeGenehmigtVon()), s(name(p.freigabe())), d(p.freigabeAm()));
    }

    List<Programmteilnahme> programme(UUID teilnehmerId) {
        return sql.fetch("select * from programmteilnahme where teilnehmer_id = ? order by aufgenommen_am, programm",
                u(teilnehmerId)).map(TeilnehmerTabellen::programmteilnahme);
    }

    Optional<Zugehoerig<Programmteilnahme>> programmteilnahme(UUID id) {
        return sql.fetchOptional("select * from programmteilnahme where id = ?", u(id))
                .map(r -> new Zugehoerig<>(r.get("teilnehmer_id", UUID.class), programmteilnahme(r)));
    }

    boolean freigabeSetzen(UUID id, long version, Freigabe freigabe, LocalDate am) {
        return sql.execute("update programmteilnahme set freigabe = ?, freigabe_am = ?, version = version + 1"
                + " where id = ? and version = ?", s(name(freigabe)), d(am), u(id), DSL.val(version)) == 1;
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

    Optional<MassnahmeRahmen> massnahme(UUID id) {
        return sql.fetchOptional("select m.id, m.status, m.geplanter_start, b.programm_id, b.beginn, b.ende"
                        + " from massnahme m join baustein b on b.id = m.baustein_id where m.id = ?", u(id))
                .map(r -> new MassnahmeRahmen(r.get("id", UUID.class), r.get("status", String.class),
                        r.get("geplanter_start", LocalDate.class), r.get("programm_id", String.class),
                        r.get("beginn", LocalDate.class), r.get("ende", LocalDate.class)));
    }

    void zuweisungAnlegen(UUID teilnehmerId, ZuweisungDaten daten) {
        sql.execute("insert into zuweisung (id, teilnehmer_id, massnahme_id, ab, ergebnis, version)"
                        + " values (?, ?, ?, ?, 'LAUFEND', 0)", u(UUID.randomUUID()), u(teilnehmerId),
                u(daten.massnahmeId()), d(daten.ab()));
    }

    List<Zuweisung> zuweisungen(UUID teilnehmerId) {
        return sql.fetch(ZUWEISUNG + " where z.teilnehmer_id = ? order by z.ab, z.id", u(teilnehmerId))
                .map(TeilnehmerTabellen::zuweisung);
    }

    Optional<Zugehoerig<Zuweisung>> zuweisung(UUID id) {
        return sql.fetchOptional(ZUWEISUNG + " where z.id = ?", u(id))
                .map(r -> new Zugehoerig<>(r.get("teilnehmer_id", UUID.class), zuweisung(r)));
    }

    boolean zuweisungBeenden(UUID id, long version, Zuweisungsende ende) {
        return sql.execute("update zuweisung set ergebnis = ?, bis = ?, abbruchgrund = ?, version = version + 1"
                        + " where id = ? and version = ?", s(ende.ergebnis().name()), d(ende.bis()),
                s(ende.abbruchgrund()), u(id), DSL.val(version)) == 1;
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
                r.get("sprachniveau", String.class), r.get("beschaeftigungsverbot", Boolean.class),
                r.get("fallverantwortung", String.class), r.get("aufgenommen_am", LocalDate.class),
                r.get("abgemeldet_am", LocalDate.class), r.get("abmeldegrund", String.class),
                r.get("version", Long.class));
    }

    private static Programmteilnahme programmteilnahme(Record r) {
        String[] gruende = r.get("begruendungen", String[].class);
        String freigabe = r.get("freigabe", String.class);
        return new Programmteilnahme(r.get("id", UUID.class), r.get("programm", String.class),
                r.get("aufgenommen_am", LocalDate.class), r.get("einstufung", String.class),
                gruende == null ? List.of() : Arrays.asList(gruende), r.get("ausnahme_grund", String.class),
                r.get("ausnahme_genehmigt_von", String.class), freigabe == null ? null : Freigabe.valueOf(freigabe),
                r.get("freigabe_am", LocalDate.class), r.get("version", Long.class));
    }

    private static Einwilligung einwilligung(Record r) {
        return new Einwilligung(r.get("id", UUID.class), Einwilligungszweck.valueOf(r.get("zweck", String.class)),
                r.get("erteilt_am", LocalDate.class), r.get("widerrufen_am", LocalDate.class),
                r.get("version", Long.class));
    }

    private static Zuweisung zuweisung(Record r) {
        return new Zuweisung(r.get("id", UUID.class), r.get("massnahme_id", UUID.class), r.get("anzeige", String.class),
                r.get("ab", LocalDate.class), Zuweisungsergebnis.valueOf(r.get("ergebnis", String.class)),
                r.get("bis", LocalDate.class), r.get("abbruchgrund", String.class), r.get("version", Long.class));
    }

    private static String name(Enum<?> wert) {
        return wert == null ? null : wert.name();
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
