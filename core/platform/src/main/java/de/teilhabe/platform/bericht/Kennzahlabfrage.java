package de.teilhabe.platform.bericht;

import de.teilhabe.plugin.api.bericht.Kennzahl;
import de.teilhabe.plugin.api.bericht.Zaehlwert;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The aggregated counts ({@link Kennzahl}) a program's report contributions ask for, in the running Kreis
 * transaction, from the same sets as reports (a) and (b) ({@link Stichtagsstand}): people by the Kommune they lived in
 * on the cut-off date and the residence status on their first intake day, de-registered by then, assignments counted
 * for the program by then. Only the counts asked for are computed.
 */
@Singleton
class Kennzahlabfrage {

    private static final String AUFNAHME = """
            select k.name as kommune, coalesce(s.status, 'SONSTIGE') as status,
                   case when s.ausnahme then 'ja' else 'nein' end as ausnahme,
                   count(*) as anzahl, count(*) filter (where not s.aktiv) as abgemeldet
              from {0} s
              join kommune k on k.id = s.kommune_id
             group by 1, 2, 3""";

    private static final String ZUWEISUNG = """
            select b.nummer, coalesce(mt.kurzname, mt.name) as traeger, k.name as kommune, count(*) as anzahl,
                   count(*) filter (where z.ergebnis = 'ABBRUCH') as abbruch
              from {0} z
              join massnahme m on m.id = z.massnahme_id
              join baustein b on b.id = m.baustein_id
              join massnahmetraeger mt on mt.id = m.traeger_id
              join {1} w on w.teilnehmer_id = z.teilnehmer_id
              join kommune k on k.id = w.kommune_id
             group by 1, 2, 3""";

    private final DSLContext sql;

    Kennzahlabfrage(DSLContext sql) {
        this.sql = sql;
    }

    List<Zaehlwert> werte(String programm, LocalDate stichtag, Set<String> kennzahlen) {
        List<Zaehlwert> werte = new ArrayList<>();
        if (kennzahlen.contains(Kennzahl.AUFGENOMMEN) || kennzahlen.contains(Kennzahl.ABGEMELDET)
                || kennzahlen.contains(Kennzahl.AKTIV)) {
            for (Record r : sql.resultQuery(AUFNAHME, Stichtagsstand.personen(programm, stichtag)).fetch()) {
                String kommune = r.get("kommune", String.class);
                long anzahl = r.get("anzahl", Long.class);
                long abgemeldet = r.get("abgemeldet", Long.class);
                Map<String, String> dim = new LinkedHashMap<>(Map.of(Kennzahl.KOMMUNE, kommune));
                werte.add(new Zaehlwert(Kennzahl.ABGEMELDET, dim, abgemeldet));
                werte.add(new Zaehlwert(Kennzahl.AKTIV, dim, anzahl - abgemeldet));
                dim.put(Kennzahl.AUFENTHALTSSTATUS, r.get("status", String.class));
                dim.put(Kennzahl.AUSNAHME, r.get("ausnahme", String.class));
                werte.add(new Zaehlwert(Kennzahl.AUFGENOMMEN, dim, anzahl));
            }
        }
        if (kennzahlen.contains(Kennzahl.ZUGEWIESEN) || kennzahlen.contains(Kennzahl.ABGEBROCHEN)) {
            for (Record r : sql.resultQuery(ZUWEISUNG, Stichtagsstand.zuweisungen(programm, stichtag),
                    Stichtagsstand.wohnorte(stichtag)).fetch()) {
                Map<String, String> dim = Map.of(Kennzahl.BAUSTEIN, String.valueOf(r.get("nummer", Integer.class)),
                        Kennzahl.TRAEGER, r.get("traeger", String.class), Kennzahl.KOMMUNE, r.get("kommune", String.class));
                werte.add(new Zaehlwert(Kennzahl.ZUGEWIESEN, dim, r.get("anzahl", Long.class)));
                werte.add(new Zaehlwert(Kennzahl.ABGEBROCHEN, dim, r.get("abbruch", Long.class)));
            }
        }
        return werte.stream().filter(w -> kennzahlen.contains(w.kennzahl())).toList();
    }
}
