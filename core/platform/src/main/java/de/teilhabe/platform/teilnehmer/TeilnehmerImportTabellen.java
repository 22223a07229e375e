package de.teilhabe.platform.teilnehmer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The import's reads and writes in the running Kreis transaction: the duplicate keys of all stored participants
 * in one query, the natural keys of a history list and the Maßnahmen it names, and the checked intakes, written by
 * {@link Verlaufsschreiber} as JDBC batches.
 */
@Singleton
class TeilnehmerImportTabellen {

    private final DSLContext sql;
    private final Verlaufsschreiber schreiber;

    TeilnehmerImportTabellen(DSLContext sql, Verlaufsschreiber schreiber) {
        this.sql = sql;
        this.schreiber = schreiber;
    }

    /** The key of a person for duplicates: names ignoring case, birth date, Kommune. */
    static String schluessel(String vorname, String nachname, LocalDate geburtsdatum, UUID kommuneId) {
        return vorname.strip().toLowerCase(Locale.ROOT) + '\u0000' + nachname.strip().toLowerCase(Locale.ROOT)
                + '\u0000' + geburtsdatum + '\u0000' + kommuneId;
    }

    /** The keys of all participants of the Kreis (lower-cased like the unique index). */
    Set<String> schluessel() {
        Set<String> schluessel = new HashSet<>();
        sql.fetch("select lower(vorname), lower(nachname), geburtsdatum, kommune_id from teilnehmer"
                + " where anonymisiert_am is null").forEach(r ->
                schluessel.add(schluessel(r.get(0, String.class), r.get(1, String.class), r.get(2, LocalDate.class),
                        r.get(3, UUID.class))));
        return schluessel;
    }

    /** Writes the checked intakes with their history (without consents). */
    void anlegen(List<TeilnehmerAufnahme.Aufnahme> aufnahmen, String von) {
        schreiber.schreiben(aufnahmen.stream().map(a -> new Verlaufsschreiber.Aenderung(a.teilnehmer(),
                Personenverlauf.neu(a.teilnehmer().id(), a.teilnehmer().geburtsdatum()), a.verlauf())).toList(), von);
    }

    /**
     * The stored people by their natural key in a history list ({@link Verlaufszeile#schluessel}: names ignoring
     * case, birth date), with their birth date; anonymised people and people without a birth date are nobody's.
     */
    Map<String, List<UUID>> personen() {
        Map<String, List<UUID>> personen = new HashMap<>();
        sql.fetch("select id, nachname, vorname, geburtsdatum from teilnehmer where anonymisiert_am is null"
                + " and geburtsdatum is not null").forEach(r -> personen.computeIfAbsent(Verlaufszeile.schluessel(
                r.get(1, String.class), r.get(2, String.class), r.get(3, LocalDate.class)),
                k -> new ArrayList<>()).add(r.get(0, UUID.class)));
        return personen;
    }

    /** The Kreis's Maßnahmen as {@link Massnahmenkennung} knows them; {@code programme}: id to name. */
    List<Massnahmenkennung.Eintrag> massnahmen(Map<String, String> programme) {
        return sql.fetch("select m.id, b.nummer, b.programm_id, b.name as baustein, t.name as traeger, t.kurzname,"
                        + " m.titel, m.geplanter_start, array(select k.name from massnahme_kommune mk join kommune k"
                        + " on k.id = mk.kommune_id where mk.massnahme_id = m.id order by mk.position) as kommunen"
                        + " from massnahme m join baustein b on b.id = m.baustein_id"
                        + " join massnahmetraeger t on t.id = m.traeger_id")
                .map(r -> new Massnahmenkennung.Eintrag(r.get("id", UUID.class), r.get("nummer", Integer.class),
                        r.get("programm_id", String.class), programme.get(r.get("programm_id", String.class)),
                        r.get("baustein", String.class), r.get("traeger", String.class),
                        r.get("kurzname", String.class), r.get("titel", String.class),
                        Arrays.asList(r.get("kommunen", String[].class)), r.get("geplanter_start", LocalDate.class)));
    }
}
