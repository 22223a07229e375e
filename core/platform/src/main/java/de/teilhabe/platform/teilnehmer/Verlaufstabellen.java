package de.teilhabe.platform.teilnehmer;

import de.teilhabe.plugin.api.zielgruppe.Aufenthaltsstatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Reads and writes a person's dated facts in the running Kreis transaction (ADR 0002): the current entries oldest
 * first, new entries with who recorded them, superseding and striking, the end of a period, the recomputed verdict.
 */
@Singleton
class Verlaufstabellen {

    static final String ZUWEISUNG = "select z.*, b.programm_id, b.nummer, concat_ws(' · ', 'FB ' || b.nummer,"
            + " coalesce(t.kurzname, t.name), m.titel, (select string_agg(k.name, '/' order by mk.position)"
            + " from massnahme_kommune mk join kommune k on k.id = mk.kommune_id where mk.massnahme_id = m.id),"
            + " 'ab ' || to_char(m.geplanter_start, 'DD.MM.YYYY')) as anzeige from zuweisung z"
            + " join massnahme m on m.id = z.massnahme_id join baustein b on b.id = m.baustein_id"
            + " join massnahmetraeger t on t.id = m.traeger_id";
    private static final String TEILNAHME = "select p.*, (select f.status from freigabe f where f.teilnehmer_id ="
            + " p.teilnehmer_id and f.programm = p.programm and f.ersetzt_am is null and f.ab <= current_date"
            + " order by f.ab desc, f.erfasst_am desc limit 1) as freigabe_heute, (select f.ab from freigabe f"
            + " where f.teilnehmer_id = p.teilnehmer_id and f.programm = p.programm and f.ersetzt_am is null"
            + " and f.ab <= current_date order by f.ab desc, f.erfasst_am desc limit 1) as freigabe_heute_am"
            + " from programmteilnahme p";

    private final DSLContext sql;

    Verlaufstabellen(DSLContext sql) {
        this.sql = sql;
    }

    /** The person's history as currently known; {@code geburtsdatum} from the person's record. */
    Personenverlauf verlauf(UUID teilnehmerId, LocalDate geburtsdatum) {
        Map<UUID, LocalDate> eine = new HashMap<>();
        eine.put(teilnehmerId, geburtsdatum);
        return verlaeufe(eine).get(teilnehmerId);
    }

    /** The histories of several people at once (the import reads all it needs in six queries); id to birth date. */
    Map<UUID, Personenverlauf> verlaeufe(Map<UUID, LocalDate> geburtsdaten) {
        // a join with the ids, not "= any(?)": on a table filled in the same transaction (no statistics yet) the
        // planner may scan it once per Kommune, comparing every row with every id (10,000 × 10,000 × 8)
        Param<UUID[]> ids = DSL.val(geburtsdaten.keySet().toArray(UUID[]::new), SQLDataType.UUID.getArrayDataType());
        String von = " from unnest(?) as gesucht(id) join ";
        Map<UUID, List<Wohnort>> wohnorte = gruppiert(sql.fetch("select w.*, k.name as kommune" + von + "wohnort w"
                + " on w.teilnehmer_id = gesucht.id join kommune k on k.id = w.kommune_id where w.ersetzt_am is null"
                + " order by w.ab, w.erfasst_am, w.id", ids), Verlaufstabellen::wohnort);
        Map<UUID, List<Aufenthalt>> aufenthalte = gruppiert(sql.fetch("select x.*" + von + "aufenthalt x"
                + " on x.teilnehmer_id = gesucht.id where x.ersetzt_am is null order by x.ab, x.erfasst_am, x.id", ids),
                Verlaufstabellen::aufenthalt);
        Map<UUID, List<Merkmaleintrag>> merkmale = gruppiert(sql.fetch("select x.*" + von + "merkmal x"
                + " on x.teilnehmer_id = gesucht.id where x.ersetzt_am is null order by x.ab, x.erfasst_am, x.id", ids),
                Verlaufstabellen::merkmal);
        Map<UUID, List<Freigabeeintrag>> freigaben = gruppiert(sql.fetch("select x.*" + von + "freigabe x"
                + " on x.teilnehmer_id = gesucht.id where x.ersetzt_am is null order by x.ab, x.erfasst_am, x.id", ids),
                Verlaufstabellen::freigabe);
        Map<UUID, List<Programmteilnahme>> teilnahmen = gruppiert(sql.fetch(TEILNAHME
                + " join unnest(?) as gesucht(id) on p.teilnehmer_id = gesucht.id where p.ersetzt_am is null"
                + " order by p.aufgenommen_am, p.programm, p.erfasst_am", ids), Verlaufstabellen::teilnahme);
        Map<UUID, List<Zuweisung>> zuweisungen = gruppiert(sql.fetch(ZUWEISUNG
                + " join unnest(?) as gesucht(id) on z.teilnehmer_id = gesucht.id where z.ersetzt_am is null"
                + " order by z.ab, z.erfasst_am, z.id", ids), Verlaufstabellen::zuweisung);
        Map<UUID, Personenverlauf> verlaeufe = new HashMap<>();
        geburtsdaten.forEach((id, geburt) -> verlaeufe.put(id, new Personenverlauf(id, geburt,
                wohnorte.getOrDefault(id, List.of()), aufenthalte.getOrDefault(id, List.of()),
                merkmale.getOrDefault(id, List.of()), freigaben.getOrDefault(id, List.of()),
                teilnahmen.getOrDefault(id, List.of()), zuweisungen.getOrDefault(id, List.of()))));
        return verlaeufe;
    }

    /** The rows per person, in the order read. */
    private static <T> Map<UUID, List<T>> gruppiert(org.jooq.Result<Record> zeilen, Function<Record, T> lesen) {
        Map<UUID, List<T>> gruppen = new HashMap<>();
        for (Record r : zeilen) {
            gruppen.computeIfAbsent(r.get("teilnehmer_id", UUID.class), k -> new ArrayList<>()).add(lesen.apply(r));
        }
        return gruppen;
    }

    /** The person an entry belongs to, if the entry exists and is current. */
    Optional<UUID> teilnehmerVon(Eintragsart art, UUID id) {
        return sql.fetchOptional("select teilnehmer_id from " + art.tabelle() + " where id = ? and ersetzt_am is null",
                u(id)).map(r -> r.get(0, UUID.class));
    }

    void wohnortAnlegen(UUID teilnehmerId, Wohnort w) {
        sql.execute("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von) values (?, ?, ?, ?, ?)",
                u(w.id()), u(teilnehmerId), u(w.kommuneId()), d(w.ab()), s(w.erfasstVon()));
    }

    void aufenthaltAnlegen(UUID teilnehmerId, Aufenthalt a) {
        sql.execute("insert into aufenthalt (id, teilnehmer_id, status, ab, notiz, erfasst_von) values (?, ?, ?, ?, ?, ?)",
                u(a.id()), u(teilnehmerId), s(a.status().name()), d(a.ab()), s(a.notiz()), s(a.erfasstVon()));
    }

    void merkmalAnlegen(UUID teilnehmerId, Merkmaleintrag m) {
        sql.execute("insert into merkmal (id, teilnehmer_id, merkmal, ab, bis, notiz, erfasst_von)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", u(m.id()), u(teilnehmerId), s(m.merkmal().name()), d(m.ab()),
                d(m.bis()), s(m.notiz()), s(m.erfasstVon()));
    }

    void freigabeAnlegen(UUID teilnehmerId, Freigabeeintrag f) {
        sql.execute("insert into freigabe (id, teilnehmer_id, programm, status, ab, erfasst_von) values (?, ?, ?, ?, ?, ?)",
                u(f.id()), u(teilnehmerId), s(f.programm()), s(f.status().name()), d(f.ab()), s(f.erfasstVon()));
    }

    void teilnahmeAnlegen(UUID teilnehmerId, Programmteilnahme p) {
        sql.execute("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, abgemeldet_am,"
                        + " abmeldegrund, abmeldeart, einstufung, begruendungen, ausnahme_grund, ausnahme_genehmigt_von,"
                        + " fallverantwortung, klaerung_bis, erfasst_von, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                u(p.id()), u(teilnehmerId), s(p.programm()), d(p.aufgenommenAm()), d(p.abgemeldetAm()),
                s(p.abmeldegrund()), s(name(p.abmeldeart())), s(p.einstufung()), texte(p.begruendungen()),
                s(p.ausnahmeGrund()), s(p.ausnahmeGenehmigtVon()), s(p.fallverantwortung()), d(p.klaerungBis()),
                s(p.erfasstVon()));
    }

    void zuweisungAnlegen(UUID teilnehmerId, Zuweisung z, String von) {
        sql.execute("insert into zuweisung (id, teilnehmer_id, massnahme_id, ab, ergebnis, bis, abbruchgrund,"
                        + " erfasst_von, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", u(z.id()), u(teilnehmerId),
                u(z.massnahmeId()), d(z.ab()), s(z.ergebnis().name()), d(z.bis()), s(z.abbruchgrund()), s(von));
    }

    /** Marks the current entry {@code alt} as superseded by {@code neu} (or struck, {@code neu} null). */
    boolean ersetzen(Eintragsart art, UUID alt, UUID neu) {
        return sql.execute("update " + art.tabelle() + " set ersetzt_am = clock_timestamp(), ersetzt_durch = ?"
                + " where id = ? and ersetzt_am is null", u(neu), u(alt)) == 1;
    }

    /** Ends an open participation if {@code version} is still stored. */
    boolean teilnahmeBeenden(UUID id, long version, LocalDate am, String grund, Abmeldeart art) {
        return sql.execute("update programmteilnahme set abgemeldet_am = ?, abmeldegrund = ?, abmeldeart = ?,"
                        + " version = version + 1 where id = ? and version = ? and abgemeldet_am is null and ersetzt_am is null",
                d(am), s(grund), s(art.name()), u(id), DSL.val(version)) == 1;
    }

    /** Counts up a participation's version: a change of the program's clearance that this version guards. */
    boolean teilnahmeBeruehren(UUID id, long version) {
        return sql.execute("update programmteilnahme set version = version + 1 where id = ? and version = ?"
                + " and ersetzt_am is null", u(id), DSL.val(version)) == 1;
    }

    /** Stores a recomputed verdict and the clarification it leaves open (or closes). */
    void urteilSetzen(UUID id, String einstufung, List<String> begruendungen, LocalDate klaerungBis) {
        sql.execute("update programmteilnahme set einstufung = ?, begruendungen = ?, klaerung_bis = ?,"
                + " version = version + 1 where id = ?", s(einstufung), texte(begruendungen), d(klaerungBis), u(id));
    }

    /** Documents the exception of a participation and closes its clarification. */
    boolean ausnahmeSetzen(UUID id, long version, String grund, String genehmigtVon) {
        return sql.execute("update programmteilnahme set ausnahme_grund = ?, ausnahme_genehmigt_von = ?,"
                        + " klaerung_bis = null, version = version + 1 where id = ? and version = ? and ersetzt_am is null",
                s(grund), s(genehmigtVon), u(id), DSL.val(version)) == 1;
    }

    /** Moves the due date of an open clarification. */
    boolean klaerungVerschieben(UUID id, long version, LocalDate bis) {
        return sql.execute("update programmteilnahme set klaerung_bis = ?, version = version + 1"
                        + " where id = ? and version = ? and klaerung_bis is not null and ersetzt_am is null",
                d(bis), u(id), DSL.val(version)) == 1;
    }

    boolean zuweisungBeenden(UUID id, long version, Zuweisungsende ende) {
        return sql.execute("update zuweisung set ergebnis = ?, bis = ?, abbruchgrund = ?, version = version + 1"
                        + " where id = ? and version = ? and bis is null and ersetzt_am is null",
                s(ende.ergebnis().name()), d(ende.bis()), s(ende.abbruchgrund()), u(id), DSL.val(version)) == 1;
    }

    /** The open clarifications of the Kreis, the earliest due first. */
    List<Klaerung> klaerungen() {
        return sql.fetch("select p.id, p.teilnehmer_id, t.nachname || ', ' || t.vorname as name, k.name as kommune,"
                        + " p.programm, p.aufgenommen_am, p.einstufung, p.begruendungen, p.klaerung_bis,"
                        + " coalesce(p.fallverantwortung, t.fallverantwortung) as fallverantwortung, p.version"
                        + " from programmteilnahme p join teilnehmer t on t.id = p.teilnehmer_id"
                        + " join kommune k on k.id = t.kommune_id"
                        + " where p.klaerung_bis is not null and p.ersetzt_am is null and t.anonymisiert_am is null"
                        + " order by p.klaerung_bis, lower(t.nachname), lower(t.vorname), p.id")
                .map(r -> new Klaerung(r.get("id", UUID.class), r.get("teilnehmer_id", UUID.class),
                        r.get("name", String.class), r.get("kommune", String.class), r.get("programm", String.class),
                        r.get("aufgenommen_am", LocalDate.class), r.get("einstufung", String.class),
                        liste(r.get("begruendungen", String[].class)), r.get("klaerung_bis", LocalDate.class),
                        r.get("fallverantwortung", String.class), r.get("version", Long.class)));
    }

    private static Wohnort wohnort(Record r) {
        return new Wohnort(r.get("id", UUID.class), r.get("kommune_id", UUID.class), r.get("kommune", String.class),
                r.get("ab", LocalDate.class), r.get("bis", LocalDate.class), zeit(r), r.get("erfasst_von", String.class));
    }

    private static Aufenthalt aufenthalt(Record r) {
        return new Aufenthalt(r.get("id", UUID.class), Aufenthaltsstatus.valueOf(r.get("status", String.class)),
                r.get("ab", LocalDate.class), r.get("bis", LocalDate.class), r.get("notiz", String.class), zeit(r),
                r.get("erfasst_von", String.class));
    }

    private static Merkmaleintrag merkmal(Record r) {
        return new Merkmaleintrag(r.get("id", UUID.class), Personenmerkmal.valueOf(r.get("merkmal", String.class)),
                r.get("ab", LocalDate.class), r.get("bis", LocalDate.class), r.get("notiz", String.class), zeit(r),
                r.get("erfasst_von", String.class));
    }

    private static Freigabeeintrag freigabe(Record r) {
        return new Freigabeeintrag(r.get("id", UUID.class), r.get("programm", String.class),
                Freigabe.valueOf(r.get("status", String.class)), r.get("ab", LocalDate.class),
                r.get("bis", LocalDate.class), zeit(r), r.get("erfasst_von", String.class));
    }

    static Programmteilnahme teilnahme(Record r) {
        String art = r.get("abmeldeart", String.class);
        String freigabe = r.get("freigabe_heute", String.class);
        return new Programmteilnahme(r.get("id", UUID.class), r.get("programm", String.class),
                r.get("aufgenommen_am", LocalDate.class), r.get("abgemeldet_am", LocalDate.class),
                r.get("abmeldegrund", String.class), art == null ? null : Abmeldeart.valueOf(art),
                r.get("einstufung", String.class), liste(r.get("begruendungen", String[].class)),
                r.get("ausnahme_grund", String.class), r.get("ausnahme_genehmigt_von", String.class),
                r.get("fallverantwortung", String.class), r.get("klaerung_bis", LocalDate.class),
                freigabe == null ? null : Freigabe.valueOf(freigabe), r.get("freigabe_heute_am", LocalDate.class),
                r.get("version", Long.class), zeit(r), r.get("erfasst_von", String.class));
    }

    static Zuweisung zuweisung(Record r) {
        return new Zuweisung(r.get("id", UUID.class), r.get("massnahme_id", UUID.class), r.get("anzeige", String.class),
                r.get("programm_id", String.class), r.get("nummer", Integer.class), r.get("ab", LocalDate.class),
                Zuweisungsergebnis.valueOf(r.get("ergebnis", String.class)), r.get("bis", LocalDate.class),
                r.get("abbruchgrund", String.class), r.get("version", Long.class));
    }

    private static Instant zeit(Record r) {
        OffsetDateTime t = r.get("erfasst_am", OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static List<String> liste(String[] werte) {
        return werte == null ? List.of() : Arrays.asList(werte);
    }

    private static Param<String[]> texte(List<String> werte) {
        return DSL.val(werte.toArray(String[]::new), SQLDataType.CLOB.getArrayDataType());
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
