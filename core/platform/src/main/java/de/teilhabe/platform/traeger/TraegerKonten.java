package de.teilhabe.platform.traeger;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.benutzer.Benutzerverwaltung;
import de.teilhabe.platform.benutzer.Konto;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Links the Kreis's Maßnahmeträger accounts to their providers. Only the Kreis admin, who manages the accounts,
 * links and unlinks; an account works for at most one provider.
 */
@Singleton
public class TraegerKonten {

    /** The provider an unlinked Maßnahmeträger account is restricted to: none exists with this id. */
    private static final UUID KEIN_TRAEGER = new UUID(0, 0);

    private final KreisTransaktion transaktion;
    private final TraegerKontoRepository konten;
    private final TraegerRepository traeger;
    private final Benutzerverwaltung benutzer;
    private final AuditProtokoll audit;

    TraegerKonten(KreisTransaktion transaktion, TraegerKontoRepository konten, TraegerRepository traeger,
                  Benutzerverwaltung benutzer, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.konten = konten;
        this.traeger = traeger;
        this.benutzer = benutzer;
        this.audit = audit;
    }

    /** The accounts working for a provider. */
    public List<String> konten(Nutzer nutzer, UUID traegerId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Rolle.KREIS_ADMIN, Rolle.KI_KOORDINATION),
                () -> {
                    traeger.findById(traegerId).orElseThrow(() -> FachlicherFehler.nichtGefunden("traeger.nicht.gefunden"));
                    return konten.findByTraegerIdOrderByBenutzername(traegerId).stream().map(TraegerKonto::benutzername)
                            .toList();
                });
    }

    /** Links a Maßnahmeträger account of the Kreis to a provider (replacing an earlier link of that account). */
    public void zuordnen(Nutzer nutzer, UUID traegerId, String benutzername) {
        String kreis = nutzer.kreisMitRolle(Rolle.KREIS_ADMIN);
        String name = benutzername == null ? "" : benutzername.strip();
        Konto konto = benutzer.liste(nutzer).stream().filter(k -> k.benutzername().equals(name)).findFirst()
                .orElseThrow(() -> FachlicherFehler.verweis("benutzername", "traeger.konto.unbekannt", name));
        if (!konto.rollen().contains(Rolle.MASSNAHMETRAEGER)) {
            throw FachlicherFehler.ungueltig("benutzername", "traeger.konto.keine.traegerrolle", name);
        }
        transaktion.schreiben(kreis, () -> {
            traeger.findById(traegerId).orElseThrow(() -> FachlicherFehler.nichtGefunden("traeger.nicht.gefunden"));
            konten.deleteById(name);
            konten.save(new TraegerKonto(name, traegerId));
            audit.kreis(nutzer.benutzername(), "ZUGEORDNET", "Traegerkonto", traegerId, Map.of("benutzername", name));
        });
    }

    /** Ends an account's link to its provider. */
    public void loesen(Nutzer nutzer, String benutzername) {
        transaktion.schreiben(nutzer.kreisMitRolle(Rolle.KREIS_ADMIN), () -> {
            konten.findById(benutzername).ifPresent(k -> {
                konten.delete(k);
                audit.kreis(nutzer.benutzername(), "GELOEST", "Traegerkonto", k.traegerId(),
                        Map.of("benutzername", benutzername));
            });
        });
    }

    /**
     * Least privilege: the provider an account whose only role is Maßnahmeträger is restricted to — an account not
     * yet linked to a provider is restricted to an id no provider has; empty for
     * every account with another Kreis role, which sees all providers.
     */
    public Optional<UUID> nurTraeger(Nutzer nutzer) {
        boolean nurTraegerrolle = nutzer.rollen().stream().allMatch(r -> r == Rolle.MASSNAHMETRAEGER);
        if (!nurTraegerrolle) {
            return Optional.empty();
        }
        return Optional.of(traegerVon(nutzer).orElse(KEIN_TRAEGER));
    }

    /** The provider a signed-in Maßnahmeträger works for; empty for other roles or an unlinked account. */
    public Optional<UUID> traegerVon(Nutzer nutzer) {
        if (!nutzer.hat(Rolle.MASSNAHMETRAEGER)) {
            return Optional.empty();
        }
        return transaktion.lesen(nutzer.kreis(), () -> konten.findById(nutzer.benutzername())
                .map(TraegerKonto::traegerId));
    }
}
