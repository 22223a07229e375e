package de.teilhabe.platform.fallarbeit;

import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Case work with a participant: needs and goal agreement, case notes, referrals to other services. Rights as
 * for the participant's record: KI-Koordination and Case-Management read and write, the Kreis-Admin reads;
 * reading is audited as {@code GELESEN}, every change with the names of the fields it set, under object type
 * {@code Teilnehmer} and the participant's id — never the goal, note or referral text (ADR 0003).
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
            audit.person(nutzer.benutzername(), "GELESEN", OBJEKT, teilnehmerId, List.of("fallarbeit"));
            return laden(teilnehmerId);
        });
    }

    public Fallakte zielAnlegen(Nutzer nutzer, UUID teilnehmerId, ZielDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.ziel(daten, aufnahme(teilnehmerId));
            UUID id = UUID.randomUUID();
            tabellen.zielAnlegen(id, teilnehmerId, daten);
            audit.person(nutzer.benutzername(), "ZIEL_VEREINBART", OBJEKT, teilnehmerId,
                    felder(null, tabellen.ziel(id).orElseThrow()));
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
            audit.person(nutzer.benutzername(), "ZIEL_GEAENDERT", OBJEKT, teilnehmerId,
                    felder(alt, tabellen.ziel(zielId).orElseThrow()));
            return laden(teilnehmerId);
        });
    }

    public Fallakte notieren(Nutzer nutzer, UUID teilnehmerId, NotizDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.notiz(daten, aufnahme(teilnehmerId));
            tabellen.notizAnlegen(teilnehmerId, daten.am(), daten.text(), nutzer.benutzername());
            audit.person(nutzer.benutzername(), "NOTIERT", OBJEKT, teilnehmerId, List.of("am", "text"));
            return laden(teilnehmerId);
        });
    }

    public Fallakte verweisen(Nutzer nutzer, UUID teilnehmerId, VerweisungDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(SCHREIBEN), () -> {
            FallarbeitPruefung.verweisung(daten, aufnahme(teilnehmerId));
            UUID id = UUID.randomUUID();
            tabellen.verweisungAnlegen(id, teilnehmerId, daten);
            audit.person(nutzer.benutzername(), "VERWIESEN", OBJEKT, teilnehmerId,
                    felder((Verweisung) null, tabellen.verweisung(id).orElseThrow()));
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
            audit.person(nutzer.benutzername(), "VERWEISUNG_GEAENDERT", OBJEKT, teilnehmerId,
                    felder(alt, tabellen.verweisung(verweisungId).orElseThrow()));
            return laden(teilnehmerId);
        });
    }

    /** The names of a goal's fields that differ ({@code alt} null: a new goal), for the audit log. */
    private static List<String> felder(Ziel alt, Ziel neu) {
        return Aenderungen.felder(alt, neu, feld("bedarf", Ziel::bedarf), feld("ziel", Ziel::ziel),
                feld("status", Ziel::status), feld("vereinbartAm", Ziel::vereinbartAm),
                feld("zieldatum", Ziel::zieldatum), feld("erreichtAm", Ziel::erreichtAm));
    }

    /** The names of a referral's fields that differ ({@code alt} null: a new referral), for the audit log. */
    private static List<String> felder(Verweisung alt, Verweisung neu) {
        return Aenderungen.felder(alt, neu, feld("stelle", Verweisung::stelle),
                feld("beschreibung", Verweisung::beschreibung), feld("am", Verweisung::am),
                feld("ergebnisart", Verweisung::ergebnisart), feld("ergebnis", Verweisung::ergebnis),
                feld("ergebnisAm", Verweisung::ergebnisAm));
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
