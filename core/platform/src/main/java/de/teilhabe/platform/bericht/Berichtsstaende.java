package de.teilhabe.platform.bericht;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.dokument.Dokument;
import de.teilhabe.platform.dokument.Dokumentdaten;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reports as issued to a committee: frozen with their content, reopened identically however the data changed since,
 * and compared with the same report computed again. KI-Koordination and Kreis-Admin freeze; the reading roles
 * reopen — committee readers only the protected ones (small counts suppressed). The database lets the Kreis only
 * insert and read them, so a frozen report can never be changed.
 */
@Singleton
@Geprueft
public class Berichtsstaende {

    private static final Rolle[] FESTSCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private final Berichtsdokumente dokumente;
    private final KreisTransaktion transaktion;
    private final BerichtsstandTabelle tabelle;
    private final JsonMapper json;
    private final AuditProtokoll audit;

    Berichtsstaende(Berichtsdokumente dokumente, KreisTransaktion transaktion, BerichtsstandTabelle tabelle,
                    JsonMapper json, AuditProtokoll audit) {
        this.dokumente = dokumente;
        this.transaktion = transaktion;
        this.tabelle = tabelle;
        this.json = json;
        this.audit = audit;
    }

    /** Computes the report now and stores it as issued. */
    public Berichtsstand festschreiben(Nutzer nutzer, Festschreibung f) {
        String kreis = nutzer.kreisMitRolle(FESTSCHREIBEN);
        boolean geschuetzt = f.geschuetzt() == null || f.geschuetzt();
        Dokument d = dokumente.dokument(geschuetzt ? alsGremium(nutzer) : nutzer, f.art(), f.programm(), f.stichtag());
        UUID id = UUID.randomUUID();
        return transaktion.schreiben(kreis, () -> {
            Berichtsstand stand = tabelle.einfuegen(id, f.art().strip(), f.programm().strip(), f.stichtag(), d.titel(),
                    f.anlass().strip(), geschuetzt, nutzer.benutzername(), text(Dokumentdaten.von(d)));
            Map<String, Object> vermerk = new LinkedHashMap<>();
            vermerk.put("art", f.art().strip());
            vermerk.put("programm", f.programm().strip());
            vermerk.put("stichtag", f.stichtag().toString());
            vermerk.put("anlass", f.anlass().strip());
            vermerk.put("geschuetzt", geschuetzt);
            audit.kreis(nutzer.benutzername(), "FESTGESCHRIEBEN", "Bericht", id, vermerk);
            return stand;
        });
    }

    /** The frozen reports of a program, newest first; committee readers see the protected ones only. */
    public List<Berichtsstand> liste(Nutzer nutzer, String programm) {
        String kreis = nutzer.kreisMitRolle(Stichtagsberichte.LESEN);
        boolean nurGeschuetzte = Stichtagsberichte.nurGeschuetzt(nutzer);
        return transaktion.lesen(kreis, () -> tabelle.liste(programm == null ? "" : programm.strip(), nurGeschuetzte));
    }

    /** A frozen report's head. */
    public Berichtsstand stand(Nutzer nutzer, UUID id) {
        return laden(nutzer, id).stand();
    }

    /** A frozen report exactly as it was issued. */
    public Dokument oeffnen(Nutzer nutzer, UUID id) {
        return laden(nutzer, id).dokument();
    }

    /**
     * The figures that differ between the frozen report and the same report computed now at {@code stichtag}
     * ({@code null}: today), with the same protection as when it was issued.
     */
    public List<Abweichung> vergleich(Nutzer nutzer, UUID id, LocalDate stichtag) {
        Geladen g = laden(nutzer, id);
        Berichtsstand s = g.stand();
        Dokument heute = dokumente.dokument(s.geschuetzt() ? alsGremium(nutzer) : nutzer, s.art(), s.programm(),
                stichtag == null ? LocalDate.now(java.time.ZoneId.of("Europe/Berlin")) : stichtag);
        return Berichtsvergleich.vergleichen(g.dokument(), heute);
    }

    private record Geladen(Berichtsstand stand, Dokument dokument) {
    }

    private Geladen laden(Nutzer nutzer, UUID id) {
        String kreis = nutzer.kreisMitRolle(Stichtagsberichte.LESEN);
        BerichtsstandTabelle.Zeile z = transaktion.lesen(kreis, () -> tabelle.lesen(id))
                .filter(g -> g.stand().geschuetzt() || !Stichtagsberichte.nurGeschuetzt(nutzer))
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("bericht.stand.unbekannt", id));
        try {
            return new Geladen(z.stand(), json.readValue(z.inhalt(), Dokumentdaten.class).dokument());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same user seeing what committee readers see. */
    private static Nutzer alsGremium(Nutzer n) {
        return new Nutzer(n.id(), n.benutzername(), n.anzeigename(), n.kreisSlug(), n.kreisName(),
                Set.of(Rolle.GREMIUM_LESERECHT));
    }

    private String text(Dokumentdaten d) {
        try {
            return json.writeValueAsString(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
