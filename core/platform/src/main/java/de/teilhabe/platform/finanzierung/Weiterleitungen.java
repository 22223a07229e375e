package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Geprueft;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Forwarding of funds to providers (Weiterleitung) by contract. Rights, versions and audit as for
 * {@link Zuwendungsbescheide}. A forwarding that would exceed what was granted for its Baustein and years, or for the
 * program, is refused ({@link Weiterleitungsgrenze}), checked with the program's Bescheide locked so that two
 * concurrent forwardings cannot together exceed it. Where a Bescheid is reduced afterwards, the
 * {@link Finanzuebersicht} warns.
 */
@Singleton
@Geprueft
public class Weiterleitungen {

    private final KreisTransaktion transaktion;
    private final WeiterleitungRepository repository;
    private final Grundlagen grundlagen;
    private final Zuwendungsbescheide bescheide;
    private final AuditProtokoll audit;

    Weiterleitungen(KreisTransaktion transaktion, WeiterleitungRepository repository, Grundlagen grundlagen,
                    Zuwendungsbescheide bescheide, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.grundlagen = grundlagen;
        this.bescheide = bescheide;
        this.audit = audit;
    }

    /** The forwardings of one program's Bausteine, by Baustein and start. */
    public List<Weiterleitung> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Finanzrechte.LESEN), () -> repository.vonProgramm(programmId));
    }

    public Weiterleitung anlegen(Nutzer nutzer, WeiterleitungDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        Grundlagen.Grundlage g = grundlagen.fuer(nutzer);
        AnteilPruefung.pruefen(daten, g);
        return transaktion.schreiben(kreis, () -> {
            Weiterleitung eintrag = eintrag(UUID.randomUUID(), daten, 0L);
            innerhalbDerBewilligung(g, eintrag);
            Weiterleitung neu = repository.save(eintrag);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Weiterleitung", neu.id(), unterschied(null, neu));
            return neu;
        });
    }

    /** Changes a forwarding; {@code version}: the version last read. */
    public Weiterleitung aendern(Nutzer nutzer, UUID id, long version, WeiterleitungDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        Grundlagen.Grundlage g = grundlagen.fuer(nutzer);
        return transaktion.schreiben(kreis, () -> {
            Weiterleitung alt = aktuell(id, version);
            AnteilPruefung.pruefen(daten, g);
            Weiterleitung eintrag = eintrag(id, daten, version);
            innerhalbDerBewilligung(g, eintrag);
            Weiterleitung neu = Versionen.aktualisieren(() -> repository.update(eintrag));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Weiterleitung", id, unterschied(alt, neu));
            return neu;
        });
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        transaktion.schreiben(kreis, () -> {
            Weiterleitung alt = aktuell(id, version);
            repository.delete(alt);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", "Weiterleitung", id, unterschied(alt, null));
        });
    }

    /** All forwardings of a program inside the running Kreis transaction (for the overview). */
    List<Weiterleitung> alle(String programmId) {
        return repository.vonProgramm(programmId);
    }

    /** Locks the program's Bescheide, then checks {@code neu} against them and the stored forwardings. */
    private void innerhalbDerBewilligung(Grundlagen.Grundlage g, Weiterleitung neu) {
        Baustein b = g.bausteine().get(neu.bausteinId());
        List<Bescheid> gesperrt = bescheide.gesperrt(b.programmId());
        Weiterleitungsgrenze.pruefen(b, gesperrt, repository.vonProgramm(b.programmId()), neu);
    }

    private Weiterleitung aktuell(UUID id, long version) {
        Weiterleitung alt = repository.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("finanzierung.weiterleitung.nicht.gefunden"));
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private static Weiterleitung eintrag(UUID id, WeiterleitungDaten d, long version) {
        return new Weiterleitung(id, d.bausteinId(), d.traegerId(), Geld.cent(d.betrag()), d.beginn(), d.ende(),
                d.vertrag().trim(), Texte.leer(d.bemerkung()), version);
    }

    private static Map<String, Object> unterschied(Weiterleitung alt, Weiterleitung neu) {
        return Aenderungen.zwischen(alt, neu, feld("bausteinId", Weiterleitung::bausteinId),
                feld("traegerId", Weiterleitung::traegerId), feld("betrag", w -> w.betrag().toPlainString()),
                feld("beginn", Weiterleitung::beginn), feld("ende", Weiterleitung::ende),
                feld("vertrag", Weiterleitung::vertrag), feld("bemerkung", Weiterleitung::bemerkung));
    }
}
