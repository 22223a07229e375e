package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks issued in meetings: KI-Koordination and Kreis-Admin create and change them (status included); every
 * reader of the structure sees the task list across Gremien (mine, overdue).
 */
@Singleton
@Geprueft
public class AuftraegeDienst {

    private final KreisTransaktion transaktion;
    private final AuftragRepository auftraege;
    private final SitzungRepository sitzungen;
    private final GremiumRepository gremien;
    private final PersonRepository personen;
    private final BeschlussRepository beschluesse;
    private final AuftragsAbfrage abfrage;
    private final AuditProtokoll audit;

    AuftraegeDienst(KreisTransaktion transaktion, AuftragRepository auftraege, SitzungRepository sitzungen,
                    GremiumRepository gremien, PersonRepository personen, BeschlussRepository beschluesse,
                    AuftragsAbfrage abfrage, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.auftraege = auftraege;
        this.sitzungen = sitzungen;
        this.gremien = gremien;
        this.personen = personen;
        this.beschluesse = beschluesse;
        this.abfrage = abfrage;
        this.audit = audit;
    }

    /** The task list across all Gremien of the Kreis, filtered; ordered by due date. */
    public List<AuftragZeile> liste(Nutzer nutzer, AuftragFilter filter) {
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), () -> {
            LocalDate tag = filter.stichtag() == null ? SitzungLeser.heute() : filter.stichtag();
            List<UUID> personenIds = null;
            if (filter.meine()) {
                personenIds = personen.findByBenutzername(nutzer.benutzername()).map(p -> List.of(p.id()))
                        .orElse(List.of());
            }
            if (filter.personId() != null) {
                personenIds = personenIds == null || personenIds.contains(filter.personId())
                        ? List.of(filter.personId()) : List.of();
            }
            return abfrage.lesen(new AuftragsAbfrage.Auswahl(personenIds, filter.gremiumId(), null, null,
                    filter.nurOffene(), filter.ueberfaellig(), tag));
        });
    }

    public Auftrag anlegen(Nutzer nutzer, UUID sitzungId, AuftragDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), sitzungId, daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    Auftrag anlegen(String wer, UUID sitzungId, AuftragDaten daten) {
        Sitzung s = sitzungen.findById(sitzungId).orElseThrow(SitzungenDienst::fehlt);
        Auftrag neu = Auftrag.neu(UUID.randomUUID(), sitzungId, daten);
        pruefen(neu, s);
        neu = auftraege.save(neu);
        audit.kreis(wer, "ANGELEGT", "Auftrag", neu.id(), unterschied(null, neu));
        return neu;
    }

    public Auftrag aendern(Nutzer nutzer, UUID id, long version, AuftragDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Auftrag alt = auftraege.findById(id).orElseThrow(AuftraegeDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Auftrag neu = alt.mit(daten, version);
            pruefen(neu, sitzungen.findById(alt.sitzungId()).orElseThrow(SitzungenDienst::fehlt));
            Auftrag gespeichert = Versionen.aktualisieren(() -> auftraege.update(neu));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Auftrag", id, unterschied(alt, gespeichert));
            return gespeichert;
        });
    }

    /** Only the status (offen, in Arbeit, erledigt): what the task list changes. */
    public Auftrag status(Nutzer nutzer, UUID id, long version, Auftragsstatus status) {
        Auftrag alt = transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> auftraege.findById(id).orElseThrow(AuftraegeDienst::fehlt));
        return aendern(nutzer, id, version, new AuftragDaten(alt.text(), alt.beschlussId(), alt.zustaendigGremiumId(),
                alt.zustaendigPersonId(), alt.faelligAm(), status == null ? alt.status() : status));
    }

    private void pruefen(Auftrag a, Sitzung s) {
        Optional<Gremium> gremium = a.zustaendigGremiumId() == null ? Optional.empty()
                : gremien.findById(a.zustaendigGremiumId());
        boolean person = a.zustaendigPersonId() != null && personen.existsById(a.zustaendigPersonId());
        Optional<Beschluss> beschluss = a.beschlussId() == null ? Optional.empty()
                : beschluesse.findById(a.beschlussId()).filter(b -> b.sitzungId().equals(s.id()));
        AuftragPruefung.pruefen(a, s, gremium, person, beschluss);
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.auftrag.nicht.gefunden");
    }

    private static Map<String, Object> unterschied(Auftrag alt, Auftrag neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("sitzungId", Auftrag::sitzungId),
                feld("beschlussId", Auftrag::beschlussId),
                feld("text", Auftrag::text),
                feld("zustaendigGremiumId", Auftrag::zustaendigGremiumId),
                feld("zustaendigPersonId", Auftrag::zustaendigPersonId),
                feld("faelligAm", Auftrag::faelligAm),
                feld("status", Auftrag::status));
    }
}
