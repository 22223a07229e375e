package de.teilhabe.platform.fallarbeit;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Case work with a participant: needs and goal agreement, case notes, referrals to other services. Rights as
 * for the participant's record: KI-Koordination and Case-Management read and write, the Kreis-Admin reads;
 * reading is audited as {@code GELESEN}, every change with what changed, under object type {@code Teilnehmer}.
 */
@Singleton
@Geprueft
public class FallarbeitDienst {

    private static final String OBJEKT = "Teilnehmer";
    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final FallarbeitTabellen tabellen;
    private final AuditProtokoll audit;

    FallarbeitDienst(KreisTransaktion transaktion, FallarbeitTabellen tabellen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.audit = audit;
    }

    public Fallakte fallakte(Nutzer nutzer, UUID teilnehmerId) {
        return transaktion.schreiben(nutzer.kreisMitRolle(LESEN), () -> {
            aufnahme(teilnehmerId);
            audit.kreis(nutzer.benutzername(), "GELESEN", OBJEKT, teilnehmerId, Map.of("teil", "Fallarbeit"));
            return laden(teilnehmerId);
        });
    }

    public Fallakte zielAnlegen(Nutzer nutzer, UUID teilnehmerId, ZielDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.ziel(daten, aufnahme(teilnehmerId));
            tabellen.zielAnlegen(UUID.randomUUID(), teilnehmerId, daten);
            audit.kreis(nutzer.benutzername(), "ZIEL_VEREINBART", OBJEKT, teilnehmerId, Map.of("ziel", daten.ziel(),
                    "status", daten.status().name()));
            return laden(teilnehmerId);
        });
    }

    public Fallakte zielAendern(Nutzer nutzer, UUID zielId, long version, ZielDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            Ziel alt = tabellen.ziel(zielId).orElseThrow(() -> FachlicherFehler.nichtGefunden("fallarbeit.ziel.nicht.gefunden"));
            UUID teilnehmerId = tabellen.teilnehmerVon("ziel", zielId).orElseThrow();
            Versionen.pruefen(alt.version(), version);
            FallarbeitPruefung.ziel(daten, aufnahme(teilnehmerId));
            if (!tabellen.zielAendern(zielId, version, daten)) {
                throw FachlicherFehler.veraltet();
            }
            Map<String, Object> aenderung = new LinkedHashMap<>();
            aenderung.put("ziel", daten.ziel());
            aenderung.put("status", java.util.List.of(alt.status().name(), daten.status().name()));
            audit.kreis(nutzer.benutzername(), "ZIEL_GEAENDERT", OBJEKT, teilnehmerId, aenderung);
            return laden(teilnehmerId);
        });
    }

    public Fallakte notieren(Nutzer nutzer, UUID teilnehmerId, NotizDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.notiz(daten, aufnahme(teilnehmerId));
            tabellen.notizAnlegen(teilnehmerId, daten.am(), daten.text(), nutzer.benutzername());
            audit.kreis(nutzer.benutzername(), "NOTIERT", OBJEKT, teilnehmerId, Map.of("am", daten.am().toString()));
            return laden(teilnehmerId);
        });
    }

    public Fallakte verweisen(Nutzer nutzer, UUID teilnehmerId, VerweisungDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.verweisung(daten, aufnahme(teilnehmerId));
            tabellen.verweisungAnlegen(UUID.randomUUID(), teilnehmerId, daten);
            audit.kreis(nutzer.benutzername(), "VERWIESEN", OBJEKT, teilnehmerId, Map.of("stelle", daten.stelle().name()));
            return laden(teilnehmerId);
        });
    }

    public Fallakte verweisungAendern(Nutzer nutzer, UUID verweisungId, long version, VerweisungDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            Verweisung alt = tabellen.verweisung(verweisungId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("fallarbeit.verweisung.nicht.gefunden"));
            UUID teilnehmerId = tabellen.teilnehmerVon("verweisung", verweisungId).orElseThrow();
            Versionen.pruefen(alt.version(), version);
            FallarbeitPruefung.verweisung(daten, aufnahme(teilnehmerId));
            if (!tabellen.verweisungAendern(verweisungId, version, daten)) {
                throw FachlicherFehler.veraltet();
            }
            Map<String, Object> aenderung = new LinkedHashMap<>();
            aenderung.put("stelle", daten.stelle().name());
            aenderung.put("ergebnisart", daten.ergebnisart() == null ? "" : daten.ergebnisart().name());
            aenderung.put("ergebnis", daten.ergebnis() == null ? "" : daten.ergebnis());
            audit.kreis(nutzer.benutzername(), "VERWEISUNG_GEAENDERT", OBJEKT, teilnehmerId, aenderung);
            return laden(teilnehmerId);
        });
    }

    /** The intake date of an existing participant (null if not taken in yet). */
    private LocalDate aufnahme(UUID teilnehmerId) {
        return tabellen.aufnahme(teilnehmerId)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden")).orElse(null);
    }

    private Fallakte laden(UUID teilnehmerId) {
        return new Fallakte(tabellen.ziele(teilnehmerId), tabellen.notizen(teilnehmerId),
                tabellen.verweisungen(teilnehmerId));
    }
}
