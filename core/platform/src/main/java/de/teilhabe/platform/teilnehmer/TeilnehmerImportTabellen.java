package de.teilhabe.platform.teilnehmer;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The import's reads and writes in the running Kreis transaction: the duplicate keys of all stored
 * participants in one query, and the checked intakes as JDBC batches (person, Kommune, residence entry, work ban,
 * program participation), a few thousand rows per round trip.
 */
@Singleton
class TeilnehmerImportTabellen {

    private static final int STAPEL = 2_000;

    private final DSLContext sql;

    TeilnehmerImportTabellen(DSLContext sql) {
        this.sql = sql;
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
    void anlegen(List<TeilnehmerAufnahme.Aufnahme> aufnahmen) {
        for (int von = 0; von < aufnahmen.size(); von += STAPEL) {
            List<TeilnehmerAufnahme.Aufnahme> teil = aufnahmen.subList(von, Math.min(von + STAPEL, aufnahmen.size()));
            BatchBindStep personen = sql.batch(personen());
            BatchBindStep wohnorte = sql.batch(wohnorte());
            BatchBindStep aufenthalte = sql.batch(aufenthalte());
            BatchBindStep merkmale = sql.batch(merkmale());
            BatchBindStep teilnahmen = sql.batch(teilnahmen());
            int anzahl = 0;
            for (TeilnehmerAufnahme.Aufnahme a : teil) {
                Teilnehmer t = a.teilnehmer();
                personen.bind(t.id(), t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.sprachniveau(),
                        t.fallverantwortung());
                Personenverlauf v = a.verlauf();
                v.wohnorte().forEach(w -> wohnorte.bind(w.id(), t.id(), w.kommuneId(), w.ab(), w.erfasstVon()));
                v.aufenthalte().forEach(x -> aufenthalte.bind(x.id(), t.id(), x.status().name(), x.ab(), x.notiz(),
                        x.erfasstVon()));
                v.merkmale().forEach(m -> merkmale.bind(m.id(), t.id(), m.merkmal().name(), m.ab(), m.bis(),
                        m.erfasstVon()));
                anzahl += v.merkmale().size();
                Programmteilnahme p = a.teilnahme();
                teilnahmen.bind(p.id(), t.id(), p.programm(), p.aufgenommenAm(), p.einstufung(),
                        p.begruendungen().toArray(String[]::new), p.ausnahmeGrund(), p.ausnahmeGenehmigtVon(),
                        p.fallverantwortung(), p.klaerungBis(), p.erfasstVon());
            }
            personen.execute();
            wohnorte.execute();
            aufenthalte.execute();
            if (anzahl > 0) {
                merkmale.execute();
            }
            teilnahmen.execute();
        }
    }

    private Query personen() {
        return sql.query("insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id, sprachniveau,"
                + " fallverantwortung, version) values (?, ?, ?, ?, ?, ?, ?, 0)", u(), s(), s(), d(), u(), s(), s());
    }

    private Query wohnorte() {
        return sql.query("insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von) values (?, ?, ?, ?, ?)",
                u(), u(), u(), d(), s());
    }

    private Query aufenthalte() {
        return sql.query("insert into aufenthalt (id, teilnehmer_id, status, ab, notiz, erfasst_von)"
                + " values (?, ?, ?, ?, ?, ?)", u(), u(), s(), d(), s(), s());
    }

    private Query merkmale() {
        return sql.query("insert into merkmal (id, teilnehmer_id, merkmal, ab, bis, erfasst_von)"
                + " values (?, ?, ?, ?, ?, ?)", u(), u(), s(), d(), d(), s());
    }

    private Query teilnahmen() {
        return sql.query("insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am, einstufung,"
                        + " begruendungen, ausnahme_grund, ausnahme_genehmigt_von, fallverantwortung, klaerung_bis,"
                        + " erfasst_von, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                u(), u(), s(), d(), s(), DSL.val(new String[0], SQLDataType.CLOB.getArrayDataType()), s(), s(), s(),
                d(), s());
    }

    private static Object u() {
        return DSL.val(null, SQLDataType.UUID);
    }

    private static Object s() {
        return DSL.val(null, SQLDataType.CLOB);
    }

    private static Object d() {
        return DSL.val(null, SQLDataType.LOCALDATE);
    }
}
