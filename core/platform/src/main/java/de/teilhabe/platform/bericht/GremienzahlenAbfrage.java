package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fallarbeit.Hilfeangebot;
import de.teilhabe.platform.teilnehmer.Abmeldeart;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The counts of the committee figures in the running Kreis transaction, from the sets of {@link Stichtagsstand}:
 * per Kommune the people active on the cut-off date with and without a work ban on that date and by the ABH clearance
 * in force then; referrals made by then during a participation, by service and the outcome known by then; and the
 * assignments and participations that ended by then, by outcome and by the kind of de-registration.
 */
@Singleton
class GremienzahlenAbfrage {

    private static final String AKTIVE = """
            select s.kommune_id, count(v.teilnehmer_id) as verbot, count(*) as aktiv,
                   count(*) filter (where f.status = 'BESTAETIGT') as bestaetigt,
                   count(*) filter (where f.status = 'ABGELEHNT') as abgelehnt
              from {0} s
              left join (select distinct m.teilnehmer_id from merkmal m
                          where m.merkmal = 'BESCHAEFTIGUNGSVERBOT' and m.ersetzt_am is null and m.ab <= {1}
                            and (m.bis is null or m.bis > {1})) v on v.teilnehmer_id = s.teilnehmer_id
              left join freigabe f on f.teilnehmer_id = s.teilnehmer_id and f.programm = {2} and f.ersetzt_am is null
                                  and f.ab <= {1} and (f.bis is null or f.bis > {1})
             where s.aktiv
             group by s.kommune_id""";

    private static final String VERWEISUNGEN = """
            select v.stelle, count(*) as verwiesen,
                   count(*) filter (where v.ergebnis_am <= {1} and v.ergebnisart = 'VERMITTELT') as vermittelt,
                   count(*) filter (where v.ergebnis_am <= {1} and v.ergebnisart = 'NICHT_ZUSTANDE_GEKOMMEN') as nicht,
                   count(*) filter (where v.ergebnis_am <= {1} and v.ergebnisart = 'SONSTIGES') as sonstiges
              from verweisung v
              -- the participation running on the day of the referral (participations of one program never overlap)
              join programmteilnahme p on p.teilnehmer_id = v.teilnehmer_id and p.programm = {0}
                                      and p.ersetzt_am is null and p.aufgenommen_am <= v.am
                                      and (p.abgemeldet_am is null or p.abgemeldet_am > v.am)
             where v.am <= {1}
             group by v.stelle""";

    private static final String ZUWEISUNGSENDEN = """
            select w.kommune_id, count(*) filter (where z.ergebnis = 'ABGESCHLOSSEN') as abgeschlossen,
                   count(*) filter (where z.ergebnis = 'ABBRUCH') as abbruch
              from {0} z join {1} w on w.teilnehmer_id = z.teilnehmer_id
             group by w.kommune_id""";

    private static final String ABMELDUNGEN = """
            select w.kommune_id, p.abmeldeart, count(*) as anzahl
              from programmteilnahme p join {2} w on w.teilnehmer_id = p.teilnehmer_id
             where p.programm = {0} and p.ersetzt_am is null and p.abgemeldet_am <= {1}
             group by w.kommune_id, p.abmeldeart""";

    private final DSLContext sql;

    GremienzahlenAbfrage(DSLContext sql) {
        this.sql = sql;
    }

    /** Per Kommune: active, with work ban, without, clearance confirmed, pending, refused. */
    Map<UUID, int[]> aktive(String programm, LocalDate stichtag) {
        Map<UUID, int[]> werte = new LinkedHashMap<>();
        for (Record r : sql.resultQuery(AKTIVE, Stichtagsstand.personen(programm, stichtag),
                Stichtagsstand.tag(stichtag), Stichtagsstand.text(programm)).fetch()) {
            int aktiv = r.get("aktiv", Integer.class);
            int verbot = r.get("verbot", Integer.class);
            int bestaetigt = r.get("bestaetigt", Integer.class);
            int abgelehnt = r.get("abgelehnt", Integer.class);
            werte.put(r.get("kommune_id", UUID.class), new int[] {aktiv, verbot, aktiv - verbot, bestaetigt,
                    aktiv - bestaetigt - abgelehnt, abgelehnt});
        }
        return werte;
    }

    /** Per service: referred, placed, did not come about, other outcome, open. */
    Map<Hilfeangebot, int[]> verweisungen(String programm, LocalDate stichtag) {
        Map<Hilfeangebot, int[]> werte = new LinkedHashMap<>();
        for (Record r : sql.resultQuery(VERWEISUNGEN, Stichtagsstand.text(programm), Stichtagsstand.tag(stichtag))
                .fetch()) {
            int verwiesen = r.get("verwiesen", Integer.class);
            int vermittelt = r.get("vermittelt", Integer.class);
            int nicht = r.get("nicht", Integer.class);
            int sonstiges = r.get("sonstiges", Integer.class);
            werte.put(Hilfeangebot.valueOf(r.get("stelle", String.class)), new int[] {verwiesen, vermittelt, nicht,
                    sonstiges, verwiesen - vermittelt - nicht - sonstiges});
        }
        return werte;
    }

    /** Per Kommune: assignments completed, dropped out, then de-registrations per {@link Abmeldeart} and in all. */
    Map<UUID, int[]> beendigungen(String programm, LocalDate stichtag) {
        List<Abmeldeart> arten = List.of(Abmeldeart.values());
        Map<UUID, int[]> werte = new LinkedHashMap<>();
        for (Record r : sql.resultQuery(ZUWEISUNGSENDEN, Stichtagsstand.zuweisungen(programm, stichtag),
                Stichtagsstand.wohnorte(stichtag)).fetch()) {
            int[] w = werte.computeIfAbsent(r.get("kommune_id", UUID.class), k -> new int[arten.size() + 3]);
            w[0] = r.get("abgeschlossen", Integer.class);
            w[1] = r.get("abbruch", Integer.class);
        }
        for (Record r : sql.resultQuery(ABMELDUNGEN, Stichtagsstand.text(programm), Stichtagsstand.tag(stichtag),
                Stichtagsstand.wohnorte(stichtag)).fetch()) {
            int[] w = werte.computeIfAbsent(r.get("kommune_id", UUID.class), k -> new int[arten.size() + 3]);
            int anzahl = r.get("anzahl", Integer.class);
            w[2 + arten.indexOf(Abmeldeart.valueOf(r.get("abmeldeart", String.class)))] += anzahl;
            w[2 + arten.size()] += anzahl;
        }
        return werte;
    }
}
