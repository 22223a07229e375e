package de.teilhabe.platform.kreis;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.kommune.KommuneDaten;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisSchema;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.mandant.Mandanten;
import de.teilhabe.platform.sicherheit.Betreiberkonto;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The operator's work on Kreise: onboarding (atomic: a failure in any step removes schema, role and
 * rows again, and a retry cleans up what an interrupted attempt left), export (only with a grant of the Kreis's
 * admin, {@link Exportfreigaben}) and offboarding.
 */
@Singleton
@Geprueft
public class KreisVerwaltung {

    private final Mandanten mandanten;
    private final MandantRepository mandantRepository;
    private final Betreiberkonto betreiberkonto;
    private final KreisAnlage anlage;
    private final KreisRegistrierung registrierung;
    private final KreisTransaktion kreisTransaktion;
    private final KommunenDienst kommunen;
    private final KreisArchiv archiv;
    private final Exportfreigaben freigaben;
    private final AuditProtokoll audit;

    KreisVerwaltung(Mandanten mandanten, MandantRepository mandantRepository, Betreiberkonto betreiberkonto,
                    KreisAnlage anlage, KreisRegistrierung registrierung, KreisTransaktion kreisTransaktion,
                    KommunenDienst kommunen, KreisArchiv archiv, Exportfreigaben freigaben, AuditProtokoll audit) {
        this.mandanten = mandanten;
        this.mandantRepository = mandantRepository;
        this.betreiberkonto = betreiberkonto;
        this.anlage = anlage;
        this.registrierung = registrierung;
        this.kreisTransaktion = kreisTransaktion;
        this.kommunen = kommunen;
        this.archiv = archiv;
        this.freigaben = freigaben;
        this.audit = audit;
    }

    /** Every Kreis with its metadata and, if its admin granted an export, until when the grant holds. */
    public List<Kreis> alle(Nutzer nutzer) {
        nutzer.mussBetreiberSein();
        Map<UUID, Instant> freigegeben = freigaben.offeneBis();
        return mandanten.alle().stream().map(m -> kreis(m, freigegeben.get(m.id()))).toList();
    }

    public Kreis onboarden(Nutzer nutzer, OnboardingAntrag antrag) {
        nutzer.mussBetreiberSein();
        OnboardingPruefung.pruefen(antrag);
        String slug = antrag.slug();
        String benutzername = antrag.admin().benutzername().trim().toLowerCase(Locale.ROOT);
        if (mandantRepository.existsBySlug(slug)) {
            throw FachlicherFehler.konfliktBei("slug", "slug.vergeben", slug);
        }
        mandantRepository.mitName(antrag.name()).ifPresent(anderer -> {
            throw FachlicherFehler.konfliktBei("name", "kreis.name.vergeben", anderer.name(), anderer.slug());
        });
        if (betreiberkonto.reserviert(benutzername)) { // the new Kreis has no accounts yet
            throw FachlicherFehler.konfliktBei("admin.benutzername", "benutzername.vergeben", benutzername);
        }
        KreisSchema schema = mandanten.neu(slug);
        anlage.anlegen(schema);
        try {
            Mandant mandant = registrierung.eintragen(schema, antrag);
            kreisTransaktion.schreiben(slug, () -> kommunenAnlegen(nutzer.benutzername(), antrag.kommunenOderLeer()));
            audit.plattform(nutzer.benutzername(), "ONBOARDING", "Kreis", slug, Map.of(
                    "name", mandant.name(), "kommunen", antrag.kommunenOderLeer().size(), "admin", benutzername));
            return kreis(mandant, null);
        } catch (RuntimeException fehler) {
            registrierung.austragen(slug);
            anlage.entfernen(schema);
            mandanten.vergessen(slug);
            throw fehler;
        }
    }

    /**
     * All data of the Kreis as a ZIP archive, once per grant of its admin; without an open grant 403
     * {@code exportfreigabe.fehlt}. Audited in the Kreis's and the platform's log ({@link Exportfreigaben#einloesen}).
     */
    public byte[] exportieren(Nutzer nutzer, String slug) {
        nutzer.mussBetreiberSein();
        Mandant kreis = finden(slug);
        return freigaben.einloesen(nutzer, kreis, () -> archiv.exportieren(kreis));
    }

    public void offboarden(Nutzer nutzer, String slug, String bestaetigung) {
        nutzer.mussBetreiberSein();
        Mandant kreis = finden(slug);
        if (!slug.equals(bestaetigung)) {
            throw FachlicherFehler.ungueltig("bestaetigung", "kreis.bestaetigung.falsch", slug);
        }
        anlage.entfernen(kreis.datenbank());
        registrierung.austragen(slug);
        mandanten.vergessen(slug);
        audit.plattform(nutzer.benutzername(), "OFFBOARDING", "Kreis", slug, Map.of("name", kreis.name()));
    }

    private Mandant finden(String slug) {
        return mandantRepository.findBySlug(slug)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("kreis.nicht.gefunden", slug));
    }

    /** Kommunen with their own ABH first, so that the others can refer to them. */
    private void kommunenAnlegen(String wer, List<KommuneAntrag> antraege) {
        Map<String, UUID> ids = new HashMap<>();
        antraege.forEach(k -> ids.put(OnboardingPruefung.schluessel(k.name()), UUID.randomUUID()));
        antraege.stream()
                .sorted(Comparator.comparing(k -> !k.eigeneAuslaenderbehoerde()))
                .forEach(k -> kommunen.anlegen(wer, ids.get(OnboardingPruefung.schluessel(k.name())),
                        new KommuneDaten(k.name(), k.eigeneAuslaenderbehoerde(), k.eigenesJugendamt(),
                                k.integrationsrat(), k.abhKommune() == null || k.abhKommune().isBlank()
                                ? null : ids.get(OnboardingPruefung.schluessel(k.abhKommune())))));
    }

    private static Kreis kreis(Mandant m, Instant exportFreigegebenBis) {
        return new Kreis(m.id(), m.slug(), m.name(), m.angelegtAm(), exportFreigegebenBis);
    }
}
