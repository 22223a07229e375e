package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.FachlicherFehler;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/**
 * Writes what an import changed in people's histories, in the running Kreis transaction, one statement per table
 * for a few thousand people ({@link Mehrzeilig}, so the dated-fact tables' statement triggers run once per table): new people, and per person the difference between the history as stored and as
 * the import left it — new entries of every kind, and the participations and assignments it ended (only where the
 * version read is still stored; otherwise {@code konflikt.veraltet} undoes the whole import). The ends come first,
 * so a re-admission never overlaps the episode it follows; residence entries before participations, whose status on
 * the intake day a trigger reads.
 */
@Singleton
class Verlaufsschreiber {

    private static final int STAPEL = 2_000;
    private static final DataType<UUID> ID = SQLDataType.UUID;
    private static final DataType<String> TEXT = SQLDataType.CLOB;
    private static final DataType<LocalDate> TAG = SQLDataType.LOCALDATE;
    private static final DataType<Long> ZAHL = SQLDataType.BIGINT;
    /** Separates a participation's reasons in one text column (an array of arrays would not unnest per row). */
    private static final String TRENNER = "\u001f";

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
        Mehrzeilig personen = new Mehrzeilig(List.of("id", "vorname", "nachname", "geburtsdatum", "kommune_id",
                "sprachniveau", "fallverantwortung"), List.of(ID, TEXT, TEXT, TAG, ID, TEXT, TEXT));
        Mehrzeilig beendet = new Mehrzeilig(List.of("id", "version", "abgemeldet_am", "abmeldegrund", "abmeldeart"),
                List.of(ID, ZAHL, TAG, TEXT, TEXT));
        Mehrzeilig zuweisungsende = new Mehrzeilig(List.of("id", "version", "ergebnis", "bis", "abbruchgrund"),
                List.of(ID, ZAHL, TEXT, TAG, TEXT));
        Mehrzeilig wohnorte = new Mehrzeilig(List.of("id", "teilnehmer_id", "kommune_id", "ab", "erfasst_von"),
                List.of(ID, ID, ID, TAG, TEXT));
        Mehrzeilig aufenthalte = new Mehrzeilig(List.of("id", "teilnehmer_id", "status", "ab", "notiz", "erfasst_von"),
                List.of(ID, ID, TEXT, TAG, TEXT, TEXT));
        Mehrzeilig merkmale = new Mehrzeilig(List.of("id", "teilnehmer_id", "merkmal", "ab", "bis", "notiz",
                "erfasst_von"), List.of(ID, ID, TEXT, TAG, TAG, TEXT, TEXT));
        Mehrzeilig freigaben = new Mehrzeilig(List.of("id", "teilnehmer_id", "programm", "status", "ab", "erfasst_von"),
                List.of(ID, ID, TEXT, TEXT, TAG, TEXT));
        Mehrzeilig teilnahmen = new Mehrzeilig(List.of("id", "teilnehmer_id", "programm", "aufgenommen_am",
                "abgemeldet_am", "abmeldegrund", "abmeldeart", "einstufung", "begruendungen", "ausnahme_grund",
                "ausnahme_genehmigt_von", "fallverantwortung", "klaerung_bis", "erfasst_von"),
                List.of(ID, ID, TEXT, TAG, TAG, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TAG, TEXT));
        Mehrzeilig zuweisungen = new Mehrzeilig(List.of("id", "teilnehmer_id", "massnahme_id", "ab", "ergebnis", "bis",
                "abbruchgrund", "erfasst_von"), List.of(ID, ID, ID, TAG, TEXT, TAG, TEXT, TEXT));
        for (Aenderung a : teil) {
            Teilnehmer t = a.person();
            if (t != null) {
                personen.zeile(t.id(), t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.sprachniveau(),
                        t.fallverantwortung());
            }
            UUID id = a.neu().teilnehmerId();
            Personenverlauf alt = a.alt();
            Personenverlauf neu = a.neu();
            neu(alt.wohnorte(), neu.wohnorte(), Wohnort::id).forEach(w -> wohnorte.zeile(w.id(), id, w.kommuneId(),
                    w.ab(), w.erfasstVon()));
            neu(alt.aufenthalte(), neu.aufenthalte(), Aufenthalt::id).forEach(x -> aufenthalte.zeile(x.id(), id,
                    x.status().name(), x.ab(), x.notiz(), x.erfasstVon()));
            neu(alt.merkmale(), neu.merkmale(), Merkmaleintrag::id).forEach(m -> merkmale.zeile(m.id(), id,
                    m.merkmal().name(), m.ab(), m.bis(), m.notiz(), m.erfasstVon()));
            neu(alt.freigaben(), neu.freigaben(), Freigabeeintrag::id).forEach(f -> freigaben.zeile(f.id(), id,
                    f.programm(), f.status().name(), f.ab(), f.erfasstVon()));
            Map<UUID, Programmteilnahme> vorher = nachId(alt.teilnahmen(), Programmteilnahme::id);
            for (Programmteilnahme p : neu.teilnahmen()) {
                Programmteilnahme v = vorher.get(p.id());
                if (v == null) {
                    teilnahmen.zeile(p.id(), id, p.programm(), p.aufgenommenAm(), p.abgemeldetAm(), p.abmeldegrund(),
                            name(p.abmeldeart()), p.einstufung(), String.join(TRENNER, p.begruendungen()),
                            p.ausnahmeGrund(), p.ausnahmeGenehmigtVon(), p.fallverantwortung(), p.klaerungBis(),
                            p.erfasstVon() != null ? p.erfasstVon() : von);
                } else if (v.offen() && !p.offen()) {
                    beendet.zeile(p.id(), v.version(), p.abgemeldetAm(), p.abmeldegrund(), name(p.abmeldeart()));
                }
            }
            Map<UUID, Zuweisung> zuvor = nachId(alt.zuweisungen(), Zuweisung::id);
            for (Zuweisung z : neu.zuweisungen()) {
                Zuweisung v = zuvor.get(z.id());
                if (v == null) {
                    zuweisungen.zeile(z.id(), id, z.massnahmeId(), z.ab(), z.ergebnis().name(), z.bis(),
                            z.abbruchgrund(), von);
                } else if (v.bis() == null && z.bis() != null) {
                    zuweisungsende.zeile(z.id(), v.version(), z.ergebnis().name(), z.bis(), z.abbruchgrund());
                }
            }
        }
        personen.ausfuehren(sql, "insert into teilnehmer (id, vorname, nachname, geburtsdatum, kommune_id,"
                + " sprachniveau, fallverantwortung, version) select n.*, 0 from {n}");
        alleGetroffen(beendet, beendet.ausfuehren(sql, "update programmteilnahme p set abgemeldet_am = n.abgemeldet_am,"
                + " abmeldegrund = n.abmeldegrund, abmeldeart = n.abmeldeart, version = p.version + 1 from {n}"
                + " where p.id = n.id and p.version = n.version and p.abgemeldet_am is null and p.ersetzt_am is null"));
        alleGetroffen(zuweisungsende, zuweisungsende.ausfuehren(sql, "update zuweisung z set ergebnis = n.ergebnis,"
                + " bis = n.bis, abbruchgrund = n.abbruchgrund, version = z.version + 1 from {n} where z.id = n.id"
                + " and z.version = n.version and z.bis is null and z.ersetzt_am is null"));
        wohnorte.ausfuehren(sql, "insert into wohnort (id, teilnehmer_id, kommune_id, ab, erfasst_von)"
                + " select * from {n}");
        aufenthalte.ausfuehren(sql, "insert into aufenthalt (id, teilnehmer_id, status, ab, notiz, erfasst_von)"
                + " select * from {n}");
        merkmale.ausfuehren(sql, "insert into merkmal (id, teilnehmer_id, merkmal, ab, bis, notiz, erfasst_von)"
                + " select * from {n}");
        freigaben.ausfuehren(sql, "insert into freigabe (id, teilnehmer_id, programm, status, ab, erfasst_von)"
                + " select * from {n}");
        teilnahmen.ausfuehren(sql, "insert into programmteilnahme (id, teilnehmer_id, programm, aufgenommen_am,"
                + " abgemeldet_am, abmeldegrund, abmeldeart, einstufung, begruendungen, ausnahme_grund,"
                + " ausnahme_genehmigt_von, fallverantwortung, klaerung_bis, erfasst_von, version)"
                + " select n.id, n.teilnehmer_id, n.programm, n.aufgenommen_am, n.abgemeldet_am, n.abmeldegrund,"
                + " n.abmeldeart, n.einstufung, coalesce(string_to_array(nullif(n.begruendungen, ''), chr(31)), '{}'),"
                + " n.ausnahme_grund, n.ausnahme_genehmigt_von, n.fallverantwortung, n.klaerung_bis, n.erfasst_von, 0"
                + " from {n}");
        zuweisungen.ausfuehren(sql, "insert into zuweisung (id, teilnehmer_id, massnahme_id, ab, ergebnis, bis,"
                + " abbruchgrund, erfasst_von, version) select n.*, 0 from {n}");
    }

    /** An end is written only where the version read is still stored; otherwise the whole import is undone. */
    private static void alleGetroffen(Mehrzeilig zeilen, int getroffen) {
        if (getroffen != zeilen.anzahl()) {
            throw FachlicherFehler.veraltet();
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

}
