package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.TraegerKonten;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The provider's own view (least privilege): a Maßnahmeträger account linked to its provider sees only the
 * people assigned to that provider's Maßnahmen who have a consent to exchange data with providers in force
 * today, and of them only name and assignment. Any other person does not exist for it. Every reading is audited.
 */
@Singleton
public class TeilnehmerFuerTraeger {

    /** The part of a record the provider sees (name and own assignments), as the audit log names it. */
    private static final String SICHT = "traegersicht";

    private final KreisTransaktion transaktion;
    private final TraegerKonten konten;
    private final TraegerSichtAbfrage abfrage;
    private final AuditProtokoll audit;

    TeilnehmerFuerTraeger(KreisTransaktion transaktion, TraegerKonten konten, TraegerSichtAbfrage abfrage,
                          AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.konten = konten;
        this.abfrage = abfrage;
        this.audit = audit;
    }

    /** The provider's participants, by name; refused for an account not linked to a provider. */
    public List<TraegerTeilnahme> liste(Nutzer nutzer) {
        String kreis = nutzer.kreisMitRolle(Rolle.MASSNAHMETRAEGER);
        UUID traeger = traeger(nutzer);
        return transaktion.schreiben(kreis, () -> {
            List<TraegerTeilnahme> zeilen = abfrage.alle(traeger);
            audit.personen(nutzer.benutzername(), "GESUCHT", TeilnehmerDienst.OBJEKT, List.of(SICHT),
                    Map.of("treffer", zeilen.size()));
            return zeilen;
        });
    }

    /** One participant's assignments with this provider; „not found“ for anyone the provider may not see. */
    public List<TraegerTeilnahme> teilnahmen(Nutzer nutzer, UUID teilnehmerId) {
        String kreis = nutzer.kreisMitRolle(Rolle.MASSNAHMETRAEGER);
        UUID traeger = traeger(nutzer);
        return transaktion.schreiben(kreis, () -> {
            List<TraegerTeilnahme> zeilen = abfrage.person(traeger, teilnehmerId);
            if (zeilen.isEmpty()) {
                throw FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden");
            }
            audit.person(nutzer.benutzername(), "GELESEN", TeilnehmerDienst.OBJEKT, teilnehmerId, List.of(SICHT));
            return zeilen;
        });
    }

    private UUID traeger(Nutzer nutzer) {
        return konten.traegerVon(nutzer).orElseThrow(() -> FachlicherFehler.konflikt("traeger.konto.nicht.zugeordnet"));
    }
}
