package de.teilhabe.platform.finanzierung;

import de.teilhabe.platform.fehler.Geprueft;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The own share (Eigenanteil) of a Kreis per program, Baustein, year and source. One entry per program,
 * Baustein, year and source; rights, versions and audit as for {@link Zuwendungsbescheide}.
 */
@Singleton
@Geprueft
public class Eigenanteile {

    private final KreisTransaktion transaktion;
    private final EigenanteilRepository repository;
    private final Grundlagen grundlagen;
    private final AuditProtokoll audit;

    Eigenanteile(KreisTransaktion transaktion, EigenanteilRepository repository, Grundlagen grundlagen,
                 AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.grundlagen = grundlagen;
        this.audit = audit;
    }

    /** The own shares of one program, by year and Baustein (program-wide amounts first). */
    public List<Eigenanteil> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Finanzrechte.LESEN), () -> repository.vonProgramm(programmId));
    }

    public Eigenanteil anlegen(Nutzer nutzer, EigenanteilDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        AnteilPruefung.pruefen(daten, grundlagen.fuer(nutzer));
        return transaktion.schreiben(kreis, () -> {
            eindeutig(null, daten);
            Eigenanteil neu = repository.save(eintrag(UUID.randomUUID(), daten, 0L));
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Eigenanteil", neu.id(), unterschied(null, neu));
            return neu;
        });
    }

    /** Changes an own share (its program stays); {@code version}: the version last read. */
    public Eigenanteil aendern(Nutzer nutzer, UUID id, long version, EigenanteilDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        Eigenanteil vorher = transaktion.lesen(kreis, () -> laden(id));
        EigenanteilDaten mitProgramm = new EigenanteilDaten(vorher.programmId(), daten.bausteinId(), daten.jahr(),
                daten.betrag(), daten.quelle(), daten.bemerkung());
        AnteilPruefung.pruefen(mitProgramm, grundlagen.fuer(nutzer));
        return transaktion.schreiben(kreis, () -> {
            Eigenanteil alt = aktuell(id, version);
            eindeutig(id, mitProgramm);
            Eigenanteil neu = Versionen.aktualisieren(() -> repository.update(eintrag(id, mitProgramm, version)));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Eigenanteil", id, unterschied(alt, neu));
            return neu;
        });
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        transaktion.schreiben(kreis, () -> {
            Eigenanteil alt = aktuell(id, version);
            repository.delete(alt);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", "Eigenanteil", id, unterschied(alt, null));
        });
    }

    /** All own shares of a program inside the running Kreis transaction (for the overview). */
    List<Eigenanteil> alle(String programmId) {
        return repository.vonProgramm(programmId);
    }

    private void eindeutig(UUID id, EigenanteilDaten d) {
        boolean doppelt = repository.vonProgramm(d.programmId()).stream().anyMatch(e -> !e.id().equals(id)
                && Objects.equals(e.bausteinId(), d.bausteinId()) && e.jahr() == d.jahr()
                && e.quelle().toLowerCase(Locale.GERMAN).equals(d.quelle().trim().toLowerCase(Locale.GERMAN)));
        if (doppelt) {
            throw FachlicherFehler.ungueltig("quelle", "finanzierung.eigenanteil.doppelt", d.quelle().trim(),
                    String.valueOf(d.jahr()));
        }
    }

    private Eigenanteil aktuell(UUID id, long version) {
        Eigenanteil alt = laden(id);
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private Eigenanteil laden(UUID id) {
        return repository.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("finanzierung.eigenanteil.nicht.gefunden"));
    }

    private static Eigenanteil eintrag(UUID id, EigenanteilDaten d, long version) {
        return new Eigenanteil(id, d.programmId(), d.bausteinId(), d.jahr(), Geld.cent(d.betrag()), d.quelle().trim(),
                Texte.leer(d.bemerkung()), version);
    }

    private static Map<String, Object> unterschied(Eigenanteil alt, Eigenanteil neu) {
        return Aenderungen.zwischen(alt, neu, feld("programmId", Eigenanteil::programmId),
                feld("bausteinId", Eigenanteil::bausteinId), feld("jahr", Eigenanteil::jahr),
                feld("betrag", e -> e.betrag().toPlainString()), feld("quelle", Eigenanteil::quelle),
                feld("bemerkung", Eigenanteil::bemerkung));
    }
}
