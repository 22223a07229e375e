package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditEintrag;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.fallarbeit.Fallakte;
import de.teilhabe.platform.fallarbeit.FallarbeitDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The access request of a participant (Art. 15 DSGVO): everything stored about the person, as a record (JSON) and
 * as a {@link Dokument} for the PDF. KI-Koordination, Case-Management and Kreis-Admin may give it; every request
 * is audited as {@code AUSKUNFT}.
 */
@Singleton
public class DatenauskunftDienst {

    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final AufbewahrungTabellen aufbewahrung;
    private final AuditProtokoll audit;
    private final FallarbeitDienst fallarbeit;

    DatenauskunftDienst(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
                        AufbewahrungTabellen aufbewahrung,
                        AuditProtokoll audit, FallarbeitDienst fallarbeit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.aufbewahrung = aufbewahrung;
        this.audit = audit;
        this.fallarbeit = fallarbeit;
    }

    /**
     * Everything stored about the participant; the request itself is audited after the entries were read (the case
     * work is read through its own service, which audits that reading too).
     */
    public Datenauskunft auskunft(Nutzer nutzer, UUID teilnehmerId) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        transaktion.lesen(kreis, () -> akte(teilnehmerId));
        Fallakte fallakte = fallarbeit.fallakte(nutzer, teilnehmerId);
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerAkte akte = akte(teilnehmerId);
            List<AuditEintrag> protokoll = audit.zumObjekt(teilnehmerId);
            Datenauskunft auskunft = new Datenauskunft(Instant.now(), nutzer.kreisName(), akte, fallakte,
                    aufbewahrung.anonymisiertAm(teilnehmerId), protokoll, aufbewahrung.regeln());
            audit.person(nutzer.benutzername(), "AUSKUNFT", TeilnehmerDienst.OBJEKT, teilnehmerId, List.of());
            return auskunft;
        });
    }

    /** The access request as a document, to be rendered as PDF. */
    public Dokument dokument(Nutzer nutzer, UUID teilnehmerId) {
        return DatenauskunftDokument.erstellen(auskunft(nutzer, teilnehmerId), audit::lesbar);
    }

    private TeilnehmerAkte akte(UUID id) {
        return Akten.laden(tabellen, verlauf, id);
    }
}
