package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.Geprueft;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The posts of a program in a Kreis (who holds which share of a full-time post, since when, for which Kommunen).
 * Reading: KI, Kreis-Admin, case management (not committee readers: holders are named); changing: KI and Kreis-Admin, with the version
 * last read, audited.
 */
@Singleton
@Geprueft
public class Stellen {

    private final KreisTransaktion transaktion;
    private final StelleRepository repository;
    private final Schluesselkatalog katalog;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    Stellen(KreisTransaktion transaktion, StelleRepository repository, Schluesselkatalog katalog,
            ProgrammDienst programme, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.katalog = katalog;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    /** The posts of a program, by name and start. */
    public List<Stellenbesetzung> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Stellenrechte.BESETZUNG_LESEN), () -> alle(programmId));
    }

    public Stellenbesetzung lesen(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(Stellenrechte.BESETZUNG_LESEN), () -> laden(id));
    }

    public Stellenbesetzung anlegen(Nutzer nutzer, StelleDaten daten) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN);
        pruefen(nutzer, daten);
        UUID id = UUID.randomUUID();
        return transaktion.schreiben(kreis, () -> {
            repository.save(stelle(id, daten, 0L));
            kommunenSchreiben(id, daten.kommunenOderLeer());
            Stellenbesetzung neu = laden(id);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Stelle", id, unterschied(null, neu));
            return neu;
        });
    }

    /** Changes a post (its program stays); {@code version}: the version last read. */
    public Stellenbesetzung aendern(Nutzer nutzer, UUID id, long version, StelleDaten daten) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN);
        String programmId = lesen(nutzer, id).stelle().programmId();
        StelleDaten fest = new StelleDaten(programmId, daten.schluesselId(), daten.bezeichnung(), daten.inhaber(),
                daten.vzae(), daten.beginn(), daten.ende(), daten.kommunen(), daten.bemerkung());
        pruefen(nutzer, fest);
        return transaktion.schreiben(kreis, () -> {
            Stellenbesetzung alt = aktuell(id, version);
            Versionen.aktualisieren(() -> repository.update(stelle(id, fest, version)));
            kommunenSchreiben(id, fest.kommunenOderLeer());
            Stellenbesetzung neu = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Stelle", id, unterschied(alt, neu));
            return neu;
        });
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        transaktion.schreiben(nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN), () -> {
            Stellenbesetzung alt = aktuell(id, version);
            repository.findById(id).ifPresent(repository::delete);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", "Stelle", id, unterschied(alt, null));
        });
    }

    /** All posts of a program inside the running Kreis transaction (for the overview). */
    List<Stellenbesetzung> alle(String programmId) {
        return repository.findByProgrammIdOrderByBezeichnungAndBeginn(programmId).stream()
                .map(s -> Stellenbesetzung.von(s, repository.kommunen(s.id()))).toList();
    }

    private void pruefen(Nutzer nutzer, StelleDaten d) {
        boolean aktiv = d.programmId() != null && programme.aktiveProgramme(nutzer).contains(d.programmId());
        Set<String> schluessel = aktiv ? katalog.schluessel(d.programmId()).stream().map(Schluessel::id)
                .collect(Collectors.toSet()) : Set.of();
        StellePruefung.pruefen(d, aktiv, schluessel,
                kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet()));
    }

    private Stellenbesetzung aktuell(UUID id, long version) {
        Stellenbesetzung alt = laden(id);
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private Stellenbesetzung laden(UUID id) {
        Stelle s = repository.findById(id).orElseThrow(() -> FachlicherFehler.nichtGefunden("stelle.nicht.gefunden"));
        return Stellenbesetzung.von(s, repository.kommunen(id));
    }

    private void kommunenSchreiben(UUID id, List<UUID> liste) {
        repository.kommunenLoeschen(id);
        for (int i = 0; i < liste.size(); i++) {
            repository.kommuneHinzufuegen(id, liste.get(i), i);
        }
    }

    private static Stelle stelle(UUID id, StelleDaten d, long version) {
        String schluessel = Stellenrechte.leer(d.schluesselId());
        return new Stelle(id, d.programmId(), schluessel, d.bezeichnung().trim(), Stellenrechte.leer(d.inhaber()),
                d.vzae().setScale(3, RoundingMode.UNNECESSARY), d.beginn(), d.ende(), Stellenrechte.leer(d.bemerkung()),
                version);
    }

    private static Map<String, Object> unterschied(Stellenbesetzung alt, Stellenbesetzung neu) {
        return Aenderungen.zwischen(alt, neu, feld("programmId", b -> b.stelle().programmId()),
                feld("schluesselId", b -> b.stelle().schluesselId()),
                feld("bezeichnung", b -> b.stelle().bezeichnung()),
                feld("inhaber", b -> b.stelle().inhaber()), feld("vzae", b -> b.stelle().vzae().toPlainString()),
                feld("beginn", b -> b.stelle().beginn()), feld("ende", b -> b.stelle().ende()),
                feld("kommunen", b -> b.kommunen().stream().map(UUID::toString).toList()),
                feld("bemerkung", b -> b.stelle().bemerkung()));
    }
}
