package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Seats of a Gremium beyond those from its template: added by hand, removed while nobody has held them. */
@Singleton
@Geprueft
public class SitzeDienst {

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final SitzRepository sitze;
    private final MitgliedschaftRepository mitgliedschaften;
    private final AuditProtokoll audit;

    SitzeDienst(KreisTransaktion transaktion, GremiumRepository gremien, SitzRepository sitze,
                MitgliedschaftRepository mitgliedschaften, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.sitze = sitze;
        this.mitgliedschaften = mitgliedschaften;
        this.audit = audit;
    }

    public Sitz anlegen(Nutzer nutzer, UUID gremiumId, SitzDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            gremien.sperren(gremiumId).orElseThrow(GremienDienst::fehlt);
            List<Feldfehler> fehler = new ArrayList<>();
            String funktion = Texte.oderNull(daten.funktion());
            if (funktion.length() > 200) {
                fehler.add(Feldfehler.von("funktion", "zu.lang", 200));
            }
            if (!fehler.isEmpty()) {
                throw FachlicherFehler.ungueltig(fehler);
            }
            int position = sitze.findByGremiumIdOrderByPosition(gremiumId).stream().mapToInt(Sitz::position).max()
                    .orElse(0) + 1;
            Sitz neu = sitze.save(new Sitz(UUID.randomUUID(), gremiumId, position, daten.rolle(), funktion,
                    daten.nachThema(), 0L));
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Sitz", neu.id(), Map.of("gremiumId", gremiumId.toString(),
                    "rolle", neu.rolle().name(), "funktion", funktion));
            return neu;
        });
    }

    /** Removes a seat nobody holds or has held (a held seat is part of the history). */
    public void entfernen(Nutzer nutzer, UUID id, long version) {
        transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Sitz sitz = sitze.findById(id)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("gremium.sitz.nicht.gefunden"));
            gremien.sperren(sitz.gremiumId()).orElseThrow(GremienDienst::fehlt);
            Versionen.pruefen(sitz.version(), version);
            if (mitgliedschaften.existsBySitzId(id)) {
                throw FachlicherFehler.konflikt("gremium.sitz.belegt");
            }
            sitze.delete(sitz);
            audit.kreis(nutzer.benutzername(), "ENTFERNT", "Sitz", id, Map.of("funktion", sitz.funktion()));
        });
    }
}
