package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
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

/**
 * Decisions taken in meetings (KI-Koordination, Kreis-Admin). Numbers count per Gremium; the Gremium's row is
 * locked while the next number is drawn, so two decisions never get the same one.
 */
@Singleton
@Geprueft
public class BeschluesseDienst {

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final SitzungRepository sitzungen;
    private final BeschlussRepository beschluesse;
    private final AnliegenRepository anliegen;
    private final AuditProtokoll audit;

    BeschluesseDienst(KreisTransaktion transaktion, GremiumRepository gremien, SitzungRepository sitzungen,
                      BeschlussRepository beschluesse, AnliegenRepository anliegen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.sitzungen = sitzungen;
        this.beschluesse = beschluesse;
        this.anliegen = anliegen;
        this.audit = audit;
    }

    public Beschluss anlegen(Nutzer nutzer, UUID sitzungId, BeschlussDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), sitzungId, daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    Beschluss anlegen(String wer, UUID sitzungId, BeschlussDaten daten) {
        Sitzung s = sitzungen.findById(sitzungId).orElseThrow(SitzungenDienst::fehlt);
        gremien.sperren(s.gremiumId()).orElseThrow(GremienDienst::fehlt);
        pruefen(daten);
        Beschluss neu = beschluesse.save(new Beschluss(UUID.randomUUID(), s.gremiumId(), sitzungId,
                beschluesse.naechsteNummer(s.gremiumId()), Texte.oderLeer(daten.text()), daten.anliegenId(), 0L));
        audit.kreis(wer, "ANGELEGT", "Beschluss", neu.id(), unterschied(null, neu));
        return neu;
    }

    /** Changes wording or Anliegen; number and meeting stay. */
    public Beschluss aendern(Nutzer nutzer, UUID id, long version, BeschlussDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Beschluss alt = beschluesse.findById(id).orElseThrow(BeschluesseDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            pruefen(daten);
            Beschluss neu = Versionen.aktualisieren(() -> beschluesse.update(new Beschluss(id, alt.gremiumId(),
                    alt.sitzungId(), alt.nummer(), Texte.oderLeer(daten.text()), daten.anliegenId(), version)));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Beschluss", id, unterschied(alt, neu));
            return neu;
        });
    }

    private void pruefen(BeschlussDaten daten) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (Texte.oderLeer(daten.text()).length() > 10_000) {
            fehler.add(Feldfehler.von("text", "zu.lang", 10_000));
        }
        if (daten.anliegenId() != null && !anliegen.existsById(daten.anliegenId())) {
            fehler.add(Feldfehler.verweis("anliegenId", "gremium.anliegen.unbekannt"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.beschluss.nicht.gefunden");
    }

    private static Map<String, Object> unterschied(Beschluss alt, Beschluss neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("sitzungId", Beschluss::sitzungId),
                feld("nummer", Beschluss::nummer),
                feld("text", Beschluss::text),
                feld("anliegenId", Beschluss::anliegenId));
    }
}
