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
 * Memberships in Gremien (KI-Koordination, Kreis-Admin). Ending one sets {@code bis}; nothing is deleted, so
 * the composition of a Gremium on any past day stays visible. Changes below one Gremium are serialised by
 * locking its row, so two chairs cannot slip in side by side.
 */
@Singleton
@Geprueft
public class MitgliedschaftenDienst {

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final MitgliedschaftRepository mitgliedschaften;
    private final PersonRepository personen;
    private final SitzRepository sitze;
    private final MitgliederAbfrage mitglieder;
    private final AuditProtokoll audit;

    MitgliedschaftenDienst(KreisTransaktion transaktion, GremiumRepository gremien,
                           MitgliedschaftRepository mitgliedschaften, PersonRepository personen, SitzRepository sitze,
                           MitgliederAbfrage mitglieder, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.mitgliedschaften = mitgliedschaften;
        this.personen = personen;
        this.sitze = sitze;
        this.mitglieder = mitglieder;
        this.audit = audit;
    }

    public Mitgliedschaft anlegen(Nutzer nutzer, UUID gremiumId, MitgliedschaftDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), gremiumId, daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    Mitgliedschaft anlegen(String wer, UUID gremiumId, MitgliedschaftDaten daten) {
        Gremium g = gremien.sperren(gremiumId).orElseThrow(GremienDienst::fehlt);
        Mitgliedschaft neu = Mitgliedschaft.neu(UUID.randomUUID(), gremiumId, daten);
        pruefen(neu, g);
        neu = mitgliedschaften.save(neu);
        audit.kreis(wer, "ANGELEGT", "Mitgliedschaft", neu.id(), unterschied(null, neu));
        return neu;
    }

    public Mitgliedschaft aendern(Nutzer nutzer, UUID id, long version, MitgliedschaftDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Mitgliedschaft alt = mitgliedschaften.findById(id).orElseThrow(MitgliedschaftenDienst::fehlt);
            Gremium g = gremien.sperren(alt.gremiumId()).orElseThrow(GremienDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Mitgliedschaft neu = alt.mit(daten, version);
            pruefen(neu, g);
            Mitgliedschaft gespeichert = Versionen.aktualisieren(() -> mitgliedschaften.update(neu));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Mitgliedschaft", id, unterschied(alt, gespeichert));
            return gespeichert;
        });
    }

    /**
     * Ends a membership on {@code ende.bis()} (its last day). Vertretungen of it that run longer end with it.
     */
    public Mitgliedschaft beenden(Nutzer nutzer, UUID id, long version, Mitgliedschaftsende ende) {
        LocalDate letzterTag = ende.bis();
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Mitgliedschaft alt = mitgliedschaften.findById(id).orElseThrow(MitgliedschaftenDienst::fehlt);
            Gremium g = gremien.sperren(alt.gremiumId()).orElseThrow(GremienDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            for (Mitgliedschaft vertretung : mitgliedschaften.findByGremiumIdOrderByVon(g.id())) {
                if (id.equals(vertretung.vertrittId()) && !vertretung.von().isAfter(letzterTag)
                        && (vertretung.bis() == null || vertretung.bis().isAfter(letzterTag))) {
                    Mitgliedschaft beendet = mitgliedschaften.update(vertretung.beendet(letzterTag));
                    audit.kreis(nutzer.benutzername(), "BEENDET", "Mitgliedschaft", vertretung.id(),
                            Aenderungen.zwischen(vertretung, beendet, feld("bis", Mitgliedschaft::bis)));
                }
            }
            Mitgliedschaft neu = alt.beendet(letzterTag);
            pruefen(neu, g);
            Mitgliedschaft gespeichert = Versionen.aktualisieren(() -> mitgliedschaften.update(neu));
            audit.kreis(nutzer.benutzername(), "BEENDET", "Mitgliedschaft", id, unterschied(alt, gespeichert));
            return gespeichert;
        });
    }

    private void pruefen(Mitgliedschaft m, Gremium g) {
        Optional<String> person = m.personId() == null ? Optional.empty()
                : personen.findById(m.personId()).map(Person::name);
        Optional<Sitz> sitz = m.sitzId() == null ? Optional.empty()
                : sitze.findById(m.sitzId()).filter(s -> s.gremiumId().equals(g.id()));
        List<Mitglied> andere = mitglieder.verlauf(g.id());
        MitgliedschaftPruefung.pruefen(m, g, andere, m.personId() != null && person.isEmpty() ? null : person, sitz);
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.mitgliedschaft.nicht.gefunden");
    }

    private static Map<String, Object> unterschied(Mitgliedschaft alt, Mitgliedschaft neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("gremiumId", Mitgliedschaft::gremiumId),
                feld("personId", Mitgliedschaft::personId),
                feld("sitzId", Mitgliedschaft::sitzId),
                feld("rolle", Mitgliedschaft::rolle),
                feld("funktion", Mitgliedschaft::funktion),
                feld("organisation", Mitgliedschaft::organisation),
                feld("organisationsart", Mitgliedschaft::organisationsart),
                feld("vertrittId", Mitgliedschaft::vertrittId),
                feld("von", Mitgliedschaft::von),
                feld("bis", Mitgliedschaft::bis));
    }
}
