package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Writes what an import changed in people's histories, in the running Kreis transaction, as JDBC batches of a few
 * thousand people per round trip: new people, and per person the difference between the history as stored and as
 * the import left it — new entries of every kind, and the participations and assignments it ended (only where the
 * version read is still stored; otherwise {@code konflikt.veraltet} undoes the whole import). The ends come first,
 * so a re-admission never overlaps the episode it follows; residence entries before participations, whose status on
 * the intake day a trigger reads.
 */
@Singleton
class Verlaufsschreiber {

    private static final int STAPEL = 2_000;

    /** One person's change: the new person ({@code null} if stored), the history as stored and as it is now. */
    record Aenderung(Teilnehmer person, Personenverlauf alt, Personenverlauf neu) {
    }

    private final DSLContext sql;

    Verlaufsschreiber(DSLContext sql) {
        this.sql = sql;
    }

    void schreiben(List<Aenderung> aenderungen, String von) {
        for (int start = 0; start < aenderungen.size(); start += STAPEL) {
            stapel(aenderungen.subList(start, Math.min(start + STAPEL, aenderungen.size())), von);
        }
    }

    private void stapel(List<Aenderung> teil, String von) {
        Stapel personen = new Stapel(sql.batch(sql.query("insert into teilnehmer (id, vorname, nachname, geburtsdatum,"
                + " kommune_id, sprachniveau, fallverantwortung, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                u(), s(), s(), d(), u(), s(), s())));
        Stapel beendet = new Stapel(sql.batch(sql.query("update programmteilnahme set abgemeldet_am = ?,"
                + " abmeldegrund = ?, abmeldeart = ?, version = version + 1 where id = ? and version = ?"
                + " and abgemeldet_am is null and ersetzt_am is null", d(), s(), s(), u(), l())));
        Stapel zuweisungsende = new Stapel(sql.batch(sql.query("update zuweisung set ergebnis = ?, bis = ?,"
                + " abbruchgrund = ?, version = version + 1 where id = ? and version = ? and bis is null"
                + " and ersetzt_am is null", s(), d(), s(), u(), l())));
        Stapel wohnorte = new Stapel(sql.batch(sql.query("insert into wohnort (id, teilnehmer_id, kommune_id, ab,"
                + " erfasst_von) values (?, ?, ?, ?, ?)", u(), u(), u(), d(), s())));
        Stapel aufenthalte = new Stapel(sql.batch(sql.query("insert into aufenthalt (id, teilnehmer_id, status, ab,"
                + " notiz, erfasst_von) values (?, ?, ?, ?, ?, ?)", u(), u(), s(), d(), s(), s())));
        Stapel merkmale = new Stapel(sql.batch(sql.query("insert into merkmal (id, teilnehmer_id, merkmal, ab, bis,"
                + " notiz, erfasst_von) values (?, ?, ?, ?, ?, ?, ?)", u(), u(), s(), d(), d(), s(), s())));
        Stapel freigaben = new Stapel(sql.batch(sql.query("insert into freigabe (id, teilnehmer_id, programm, status,"
                + " ab, erfasst_von) values (?, ?, ?, ?, ?, ?)", u(), u(), s(), s(), d(), s())));
        Stapel teilnahmen = new Stapel(sql.batch(sql.query("insert into programmteilnahme (id, teilnehmer_id,"
                + " programm, aufgenommen_am, abgemeldet_am, abmeldegrund, abmeldeart, einstufung, begruendungen,"
                + " ausnahme_grund, ausnahme_genehmigt_von, fallverantwortung, klaerung_bis, erfasst_von, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", u(), u(), s(), d(), d(), s(), s(), s(),
                DSL.val(new String[0], SQLDataType.CLOB.getArrayDataType()), s(), s(), s(), d(), s())));
        Stapel zuweisungen = new Stapel(sql.batch(sql.query("insert into zuweisung (id, teilnehmer_id, massnahme_id,"
                + " ab, ergebnis, bis, abbruchgrund, erfasst_von, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                u(), u(), u(), d(), s(), d(), s(), s())));
        for (Aenderung a : teil) {
            Teilnehmer t = a.person();
            if (t != null) {
                personen.bind(t.id(), t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.sprachniveau(),
                        t.fallverantwortung());
            }
            UUID id = a.neu().teilnehmerId();
            Personenverlauf alt = a.alt();
            Personenverlauf neu = a.neu();
            neu(alt.wohnorte(), neu.wohnorte(), Wohnort::id).forEach(w -> wohnorte.bind(w.id(), id, w.kommuneId(),
                    w.ab(), w.erfasstVon()));
            neu(alt.aufenthalte(), neu.aufenthalte(), Aufenthalt::id).forEach(x -> aufenthalte.bind(x.id(), id,
                    x.status().name(), x.ab(), x.notiz(), x.erfasstVon()));
            neu(alt.merkmale(), neu.merkmale(), Merkmaleintrag::id).forEach(m -> merkmale.bind(m.id(), id,
                    m.merkmal().name(), m.ab(), m.bis(), m.notiz(), m.erfasstVon()));
            neu(alt.freigaben(), neu.freigaben(), Freigabeeintrag::id).forEach(f -> freigaben.bind(f.id(), id,
                    f.programm(), f.status().name(), f.ab(), f.erfasstVon()));
            Map<UUID, Programmteilnahme> vorher = nachId(alt.teilnahmen(), Programmteilnahme::id);
            for (Programmteilnahme p : neu.teilnahmen()) {
                Programmteilnahme v = vorher.get(p.id());
                if (v == null) {
                    teilnahmen.bind(p.id(), id, p.programm(), p.aufgenommenAm(), p.abgemeldetAm(), p.abmeldegrund(),
                            name(p.abmeldeart()), p.einstufung(), p.begruendungen().toArray(String[]::new),
                            p.ausnahmeGrund(), p.ausnahmeGenehmigtVon(), p.fallverantwortung(), p.klaerungBis(),
                            p.erfasstVon() != null ? p.erfasstVon() : von);
                } else if (v.offen() && !p.offen()) {
                    beendet.bind(p.abgemeldetAm(), p.abmeldegrund(), name(p.abmeldeart()), p.id(), v.version());
                }
            }
            Map<UUID, Zuweisung> zuvor = nachId(alt.zuweisungen(), Zuweisung::id);
            for (Zuweisung z : neu.zuweisungen()) {
                Zuweisung v = zuvor.get(z.id());
                if (v == null) {
                    zuweisungen.bind(z.id(), id, z.massnahmeId(), z.ab(), z.ergebnis().name(), z.bis(),
                            z.abbruchgrund(), von);
                } else if (v.bis() == null && z.bis() != null) {
                    zuweisungsende.bind(z.ergebnis().name(), z.bis(), z.abbruchgrund(), z.id(), v.version());
                }
            }
        }
        personen.ausfuehren(false);
        beendet.ausfuehren(true);
        zuweisungsende.ausfuehren(true);
        for (Stapel s : List.of(wohnorte, aufenthalte, merkmale, freigaben, teilnahmen, zuweisungen)) {
            s.ausfuehren(false);
        }
    }

    /** A batch that knows whether anything was bound. */
    private static final class Stapel {
        private final BatchBindStep batch;
        private int anzahl;

        Stapel(BatchBindStep batch) {
            this.batch = batch;
        }

        void bind(Object... werte) {
            batch.bind(werte);
            anzahl++;
        }

        /** Runs the batch; {@code jeEine}: every statement must hit exactly one row (a version check). */
        void ausfuehren(boolean jeEine) {
            if (anzahl == 0) {
                return;
            }
            for (int n : batch.execute()) {
                if (jeEine && n != 1) {
                    throw FachlicherFehler.veraltet();
                }
            }
        }
    }

    private static <T> List<T> neu(List<T> alt, List<T> neu, Function<T, UUID> id) {
        Set<UUID> bekannt = alt.stream().map(id).collect(Collectors.toSet());
        return neu.stream().filter(e -> !bekannt.contains(id.apply(e))).toList();
    }

    private static <T> Map<UUID, T> nachId(List<T> liste, Function<T, UUID> id) {
        return liste.stream().collect(Collectors.toMap(id, e -> e));
    }

    private static String name(Enum<?> wert) {
        return wert == null ? null : wert.name();
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

    private static Object l() {
        return DSL.val(null, SQLDataType.BIGINT);
    }
}
