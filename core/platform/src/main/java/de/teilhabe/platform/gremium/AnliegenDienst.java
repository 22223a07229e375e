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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Anliegen: needs raised in a Gremium. Case-Management reports them (e.g. a Versorgungslücke), KI-Koordination
 * and Kreis-Admin too and maintain them; every reader of the structure follows their thread.
 */
@Singleton
@Geprueft
public class AnliegenDienst {

    private final KreisTransaktion transaktion;
    private final AnliegenRepository anliegen;
    private final GremiumRepository gremien;
    private final VerlaufAbfrage verlauf;
    private final AuditProtokoll audit;

    AnliegenDienst(KreisTransaktion transaktion, AnliegenRepository anliegen, GremiumRepository gremien,
                   VerlaufAbfrage verlauf, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.anliegen = anliegen;
        this.gremien = gremien;
        this.verlauf = verlauf;
        this.audit = audit;
    }

    /** All Anliegen, newest first. */
    public List<Anliegen> liste(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), anliegen::listOrderByGemeldetAmDesc);
    }

    /** Reports an Anliegen; the reporter is the signed-in user (display name). */
    public Anliegen melden(Nutzer nutzer, AnliegenDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.MELDEN),
                () -> melden(nutzer.benutzername(), nutzer.anzeigename(), daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    Anliegen melden(String wer, String gemeldetVon, AnliegenDaten daten) {
        LocalDate am = daten.gemeldetAm() == null ? SitzungLeser.heute() : daten.gemeldetAm();
        Anliegen neu = new Anliegen(UUID.randomUUID(), null, null, null, null, gemeldetVon, am, 0L).mit(daten, 0L);
        pruefen(neu);
        neu = anliegen.save(neu);
        audit.kreis(wer, "ANGELEGT", "Anliegen", neu.id(), unterschied(null, neu));
        return neu;
    }

    public Anliegen aendern(Nutzer nutzer, UUID id, long version, AnliegenDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Anliegen alt = anliegen.findById(id).orElseThrow(AnliegenDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Anliegen neu = alt.mit(daten, version);
            pruefen(neu);
            Anliegen gespeichert = Versionen.aktualisieren(() -> anliegen.update(neu));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Anliegen", id, unterschied(alt, gespeichert));
            return gespeichert;
        });
    }

    /** The thread: where it was raised, prepared, decided, and the tasks that followed. */
    public AnliegenVerlauf verlauf(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), () -> {
            Anliegen a = anliegen.findById(id).orElseThrow(AnliegenDienst::fehlt);
            String herkunft = gremien.findById(a.herkunftGremiumId()).map(Gremium::name).orElse("");
            return verlauf.lesen(a, herkunft, GremienRechte.siehtPersonendaten(nutzer), SitzungLeser.heute());
        });
    }

    private void pruefen(Anliegen a) {
        List<Feldfehler> fehler = new ArrayList<>();
        if (a.titel().length() > 200) {
            fehler.add(Feldfehler.von("titel", "zu.lang", 200));
        }
        if (a.beschreibung() != null && a.beschreibung().length() > 10_000) {
            fehler.add(Feldfehler.von("beschreibung", "zu.lang", 10_000));
        }
        if (!gremien.existsById(a.herkunftGremiumId())) {
            fehler.add(Feldfehler.verweis("herkunftGremiumId", "gremium.anliegen.herkunft.unbekannt"));
        }
        if (a.gemeldetAm().isAfter(SitzungLeser.heute())) {
            fehler.add(Feldfehler.von("gemeldetAm", "gremium.anliegen.zukunft"));
        }
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.anliegen.nicht.gefunden");
    }

    private static Map<String, Object> unterschied(Anliegen alt, Anliegen neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("titel", Anliegen::titel),
                feld("beschreibung", Anliegen::beschreibung),
                feld("art", Anliegen::art),
                feld("herkunftGremiumId", Anliegen::herkunftGremiumId),
                feld("gemeldetVon", Anliegen::gemeldetVon),
                feld("gemeldetAm", Anliegen::gemeldetAm));
    }
}
