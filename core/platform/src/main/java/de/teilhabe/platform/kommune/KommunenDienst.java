package de.teilhabe.platform.kommune;

import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Kommunen of a Kreis: every Kreis user reads them, the Kreis admin maintains them. */
@Singleton
@Geprueft
public class KommunenDienst {

    private final KreisTransaktion transaktion;
    private final KommuneRepository repository;
    private final AuditProtokoll audit;

    KommunenDienst(KreisTransaktion transaktion, KommuneRepository repository, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.audit = audit;
    }

    public List<Kommune> liste(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreis(), repository::listOrderByName);
    }

    public Kommune anlegen(Nutzer nutzer, KommuneDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(Rolle.KREIS_ADMIN), () -> anlegen(nutzer.benutzername(),
                UUID.randomUUID(), daten));
    }

    /** Creates a Kommune inside the running Kreis transaction (also used by onboarding). */
    public Kommune anlegen(String wer, UUID id, KommuneDaten daten) {
        KommunenPruefung.pruefen(id, daten, repository.listOrderByName());
        Kommune neu = repository.save(Kommune.neu(id, daten));
        audit.kreis(wer, "ANGELEGT", "Kommune", neu.id(), unterschied(null, neu));
        return neu;
    }

    public Kommune aendern(Nutzer nutzer, UUID id, long version, KommuneDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(Rolle.KREIS_ADMIN), () -> {
            Kommune alt = repository.findById(id)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("kommune.nicht.gefunden"));
            Versionen.pruefen(alt.version(), version);
            KommunenPruefung.pruefen(id, daten, repository.listOrderByName());
            Kommune neu;
            neu = Versionen.aktualisieren(() -> repository.update(alt.mit(daten, version)));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Kommune", id, unterschied(alt, neu));
            return neu;
        });
    }

    private static Map<String, Object> unterschied(Kommune alt, Kommune neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("name", Kommune::name),
                feld("eigeneAuslaenderbehoerde", Kommune::eigeneAuslaenderbehoerde),
                feld("eigenesJugendamt", Kommune::eigenesJugendamt),
                feld("integrationsrat", Kommune::integrationsrat),
                feld("abhKommuneId", Kommune::abhKommuneId));
    }
}
