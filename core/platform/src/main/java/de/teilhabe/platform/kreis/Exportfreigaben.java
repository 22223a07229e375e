package de.teilhabe.platform.kreis;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.mandant.Mandant;
import de.teilhabe.platform.mandant.MandantRepository;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The approval route of the operator's export: a Kreis admin grants one export for {@link #GUELTIGKEIT}, sees the
 * recent grants and withdraws an open one; the export uses the grant up. A Kreis has at most one open grant. Every
 * grant, withdrawal and export is written to the Kreis's own audit log and to the platform's, in the transaction of
 * the change: the Kreis's entry last, inside the Kreis transaction (which then acts as the Kreis role).
 */
@Singleton
@Geprueft
public class Exportfreigaben {

    /** How long a grant stays valid if it is neither used nor withdrawn. */
    public static final Duration GUELTIGKEIT = Duration.ofHours(24);
    /** How many grants the Kreis admin's list shows. */
    static final int LISTE = 20;

    private final ExportfreigabeRepository freigaben;
    private final MandantRepository mandanten;
    private final KreisTransaktion kreisTransaktion;
    private final AuditProtokoll audit;

    Exportfreigaben(ExportfreigabeRepository freigaben, MandantRepository mandanten, KreisTransaktion kreisTransaktion,
                    AuditProtokoll audit) {
        this.freigaben = freigaben;
        this.mandanten = mandanten;
        this.kreisTransaktion = kreisTransaktion;
        this.audit = audit;
    }

    /** The Kreis admin grants the operator one export of the own Kreis; refused while another grant is open. */
    @Transactional
    public ExportfreigabeAnsicht erteilen(Nutzer nutzer, ExportfreigabeDaten daten) {
        Mandant kreis = eigenerKreis(nutzer);
        String zweck = daten.zweck().strip();
        mandanten.sperren(kreis.id());
        if (freigaben.offene(kreis.id()).isPresent()) {
            throw FachlicherFehler.konflikt("exportfreigabe.offen");
        }
        UUID id = UUID.randomUUID();
        freigaben.erteilen(id, kreis.id(), zweck, nutzer.benutzername(), GUELTIGKEIT.toSeconds());
        Exportfreigabe neu = freigaben.lesen(id).orElseThrow();
        Map<String, Object> angaben = angaben(neu);
        angaben.put("gueltigBis", neu.gueltigBis().toString());
        protokollieren(nutzer, "EXPORT_FREIGEGEBEN", kreis, neu, angaben);
        return ExportfreigabeAnsicht.von(neu, Instant.now());
    }

    /** The own Kreis's newest grants, newest first, with where each stands. */
    @Transactional(readOnly = true)
    public List<ExportfreigabeAnsicht> liste(Nutzer nutzer) {
        Instant jetzt = Instant.now();
        return freigaben.neueste(eigenerKreis(nutzer).id(), LISTE).stream()
                .map(f -> ExportfreigabeAnsicht.von(f, jetzt)).toList();
    }

    /** The Kreis admin withdraws the own Kreis's open grant; 404 if there is none. */
    @Transactional
    public ExportfreigabeAnsicht widerrufen(Nutzer nutzer) {
        Mandant kreis = eigenerKreis(nutzer);
        mandanten.sperren(kreis.id());
        Exportfreigabe offen = freigaben.offene(kreis.id())
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("exportfreigabe.keine"));
        if (freigaben.widerrufen(offen.id(), nutzer.benutzername()) != 1) {
            // used up by an export in the meantime
            throw FachlicherFehler.nichtGefunden("exportfreigabe.keine");
        }
        Exportfreigabe widerrufen = freigaben.lesen(offen.id()).orElseThrow();
        protokollieren(nutzer, "EXPORT_FREIGABE_WIDERRUFEN", kreis, widerrufen, angaben(widerrufen));
        return ExportfreigabeAnsicht.von(widerrufen, Instant.now());
    }

    /**
     * The operator's export with the Kreis's open grant, which it uses up: in one transaction the grant is taken (a
     * conditional update — of two concurrent exports only one gets it), the archive written and both audit logs told
     * who exported when, for what and how many bytes. Without an open grant: 403 {@code exportfreigabe.fehlt},
     * nothing exported. If writing the archive fails, the grant stays open.
     */
    @Transactional
    public byte[] einloesen(Nutzer betreiber, Mandant kreis, Supplier<byte[]> export) {
        betreiber.mussBetreiberSein();
        Exportfreigabe freigabe = freigaben.offene(kreis.id()).orElseThrow(Exportfreigaben::nichtFreigegeben);
        if (freigaben.einloesen(freigabe.id(), betreiber.benutzername()) != 1) {
            // used up by a concurrent export, withdrawn or expired since it was read
            throw nichtFreigegeben();
        }
        byte[] archiv = export.get();
        freigaben.groesseEintragen(freigabe.id(), archiv.length);
        Map<String, Object> angaben = angaben(freigabe);
        angaben.put("erteiltVon", freigabe.erteiltVon());
        angaben.put("bytes", archiv.length);
        protokollieren(betreiber, "EXPORT", kreis, freigabe, angaben);
        return archiv;
    }

    /** For the operator's list: until when each Kreis with an open grant may be exported (by Kreis id). */
    @Transactional(readOnly = true)
    public Map<UUID, Instant> offeneBis() {
        return freigaben.alleOffenen().stream()
                .collect(Collectors.toMap(Exportfreigabe::kreisId, Exportfreigabe::gueltigBis,
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    private static FachlicherFehler nichtFreigegeben() {
        return new FachlicherFehler(Art.VERBOTEN, "exportfreigabe.fehlt", List.of());
    }

    private static Map<String, Object> angaben(Exportfreigabe freigabe) {
        Map<String, Object> angaben = new LinkedHashMap<>();
        angaben.put("zweck", freigabe.zweck());
        return angaben;
    }

    /** The platform's entry (about the Kreis), then the Kreis's own (about the grant): the latter as the Kreis role. */
    private void protokollieren(Nutzer wer, String aktion, Mandant kreis, Exportfreigabe freigabe,
                                Map<String, Object> angaben) {
        Map<String, Object> plattform = new LinkedHashMap<>();
        plattform.put("freigabe", freigabe.id().toString());
        plattform.putAll(angaben);
        audit.plattform(wer.benutzername(), aktion, "Kreis", kreis.slug(), plattform);
        kreisTransaktion.schreiben(kreis.slug(),
                () -> audit.kreis(wer.benutzername(), aktion, "Exportfreigabe", freigabe.id(), angaben));
    }

    private Mandant eigenerKreis(Nutzer nutzer) {
        String slug = nutzer.kreisMitRolle(Rolle.KREIS_ADMIN);
        return mandanten.findBySlug(slug)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("kreis.nicht.gefunden", slug));
    }
}
