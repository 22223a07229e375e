package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerKonten;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The provider's own view (least privilege): a Maßnahmeträger account linked to its provider sees only the
 * people assigned to that provider's Maßnahmen who have a consent to exchange data with providers in force
 * today, and of them only name and assignment. Any other person does not exist for it. Every reading is audited.
 */
@Singleton
public class TeilnehmerFuerTraeger {

    private static final String ABFRAGE = "select z.id as zuweisung_id, t.id as teilnehmer_id,"
            + " t.nachname || ', ' || t.vorname as name,"
            + " concat_ws(' · ', 'FB ' || b.nummer, coalesce(m.titel, k.name)) as massnahme,"
            + " z.ab, z.ergebnis, z.bis"
            + " from zuweisung z join teilnehmer t on t.id = z.teilnehmer_id"
            + " join massnahme m on m.id = z.massnahme_id join baustein b on b.id = m.baustein_id"
            + " left join lateral (select string_agg(ko.name, ', ' order by ko.name) as name from massnahme_kommune mk"
            + "   join kommune ko on ko.id = mk.kommune_id where mk.massnahme_id = m.id) k on true"
            + " where m.traeger_id = ?"
            + " and exists (select 1 from einwilligung e where e.teilnehmer_id = t.id and e.zweck = 'AUSTAUSCH_TRAEGER'"
            + "   and e.erteilt_am <= ? and (e.widerrufen_am is null or e.widerrufen_am > ?))";

    private final KreisTransaktion transaktion;
    private final TraegerKonten konten;
    private final DSLContext sql;
    private final AuditProtokoll audit;

    TeilnehmerFuerTraeger(KreisTransaktion transaktion, TraegerKonten konten, DSLContext sql, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.konten = konten;
        this.sql = sql;
        this.audit = audit;
    }

    /** The provider's participants, by name; refused for an account not linked to a provider. */
    public List<TraegerTeilnahme> liste(Nutzer nutzer) {
        String kreis = nutzer.kreisMitRolle(Rolle.MASSNAHMETRAEGER);
        UUID traeger = traeger(nutzer);
        return transaktion.schreiben(kreis, () -> {
            List<TraegerTeilnahme> zeilen = abfragen("", traeger);
            audit.kreis(nutzer.benutzername(), "GESUCHT", TeilnehmerDienst.OBJEKT, null,
                    Map.of("sicht", "Maßnahmeträger", "treffer", zeilen.size()));
            return zeilen;
        });
    }

    /** One participant's assignments with this provider; „not found“ for anyone the provider may not see. */
    public List<TraegerTeilnahme> teilnahmen(Nutzer nutzer, UUID teilnehmerId) {
        String kreis = nutzer.kreisMitRolle(Rolle.MASSNAHMETRAEGER);
        UUID traeger = traeger(nutzer);
        return transaktion.schreiben(kreis, () -> {
            List<TraegerTeilnahme> zeilen = abfragen(" and t.id = ?", traeger, DSL.val(teilnehmerId, SQLDataType.UUID));
            if (zeilen.isEmpty()) {
                throw FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden");
            }
            audit.kreis(nutzer.benutzername(), "GELESEN", TeilnehmerDienst.OBJEKT, teilnehmerId,
                    Map.of("sicht", "Maßnahmeträger"));
            return zeilen;
        });
    }

    private UUID traeger(Nutzer nutzer) {
        return konten.traegerVon(nutzer).orElseThrow(() -> FachlicherFehler.konflikt("traeger.konto.nicht.zugeordnet"));
    }

    private List<TraegerTeilnahme> abfragen(String bedingung, UUID traeger, Object... weitere) {
        LocalDate heute = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        Object[] werte = new Object[3 + weitere.length];
        werte[0] = DSL.val(traeger, SQLDataType.UUID);
        werte[1] = DSL.val(heute, SQLDataType.LOCALDATE);
        werte[2] = DSL.val(heute, SQLDataType.LOCALDATE);
        System.arraycopy(weitere, 0, werte, 3, weitere.length);
        return sql.fetch(ABFRAGE + bedingung + " order by name, z.ab", werte).map(TeilnehmerFuerTraeger::zeile);
    }

    private static TraegerTeilnahme zeile(Record r) {
        return new TraegerTeilnahme(r.get("zuweisung_id", UUID.class), r.get("teilnehmer_id", UUID.class),
                r.get("name", String.class), r.get("massnahme", String.class), r.get("ab", LocalDate.class),
                Zuweisungsergebnis.valueOf(r.get("ergebnis", String.class)), r.get("bis", LocalDate.class));
    }
}
