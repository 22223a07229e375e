package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.exception.DataAccessException;

/**
 * Erasure of a participant on request (Art. 17 DSGVO), by KI-Koordination or Kreis-Admin. Refused while a
 * retention duty applies — the case still runs, or a funded assignment's period has not ended
 * ({@link Aufbewahrung}); otherwise all of the person's rows go. Both are audited under the person's id with field
 * names only (ADR 0003): {@code LOESCHUNG_ABGELEHNT} naming the duty, {@code GELOESCHT} the tables rows went from
 * — not the reason, a free text that may name the person. The audit entries about the person stay (with field
 * names, never values): who read or changed the record when remains answerable.
 */
@Singleton
public class Loeschung {

    private static final Rolle[] LOESCHEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private final KreisTransaktion transaktion;
    private final Aufbewahrung aufbewahrung;
    private final AufbewahrungTabellen tabellen;
    private final AuditProtokoll audit;

    Loeschung(KreisTransaktion transaktion, Aufbewahrung aufbewahrung, AufbewahrungTabellen tabellen,
              AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.aufbewahrung = aufbewahrung;
        this.tabellen = tabellen;
        this.audit = audit;
    }

    /** Deletes the participant's rows, or says which duty stands in the way and until when. */
    public Loeschbescheid loeschen(Nutzer nutzer, UUID teilnehmerId, String grund) {
        String kreis = nutzer.kreisMitRolle(LOESCHEN);
        if (grund == null || grund.isBlank()) {
            throw FachlicherFehler.ungueltig("grund", "teilnehmer.loeschung.grund");
        }
        return transaktion.schreiben(kreis, () -> {
            Aufbewahrung.Pflicht pflicht = aufbewahrung.pflicht(teilnehmerId, LocalDate.now());
            if (pflicht.besteht()) {
                audit.person(nutzer.benutzername(), "LOESCHUNG_ABGELEHNT", TeilnehmerDienst.OBJEKT, teilnehmerId,
                        pflicht.bis() == null ? List.of("pflicht") : List.of("pflicht", "pflichtBis"));
                return new Loeschbescheid(false, pflicht.code(), pflicht.bis());
            }
            Map<String, Integer> zeilen;
            try {
                zeilen = tabellen.loeschen(teilnehmerId);
            } catch (DataAccessException e) {
                if ("23503".equals(e.sqlState())) {
                    // rows of another feature still point to the person
                    throw FachlicherFehler.konflikt("teilnehmer.loeschung.verweise");
                }
                throw e;
            }
            audit.person(nutzer.benutzername(), "GELOESCHT", TeilnehmerDienst.OBJEKT, teilnehmerId,
                    zeilen.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
            return new Loeschbescheid(true, grund.trim(), null);
        });
    }
}
