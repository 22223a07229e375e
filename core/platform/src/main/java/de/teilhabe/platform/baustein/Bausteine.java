package de.teilhabe.platform.baustein;

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
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.plugin.api.baustein.Foerderbaustein;
import de.teilhabe.plugin.api.programm.Foerderzeitraum;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Förderbausteine a Kreis uses per program: the KI configures them from the program's catalog. */
@Singleton
@Geprueft
public class Bausteine {

    /** Who takes Bausteine into use, changes them and asks for the catalog's suggestion. */
    private static final Rolle[] PFLEGEN = {Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN};

    private final KreisTransaktion transaktion;
    private final BausteinRepository repository;
    private final Programmkatalog katalog;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    Bausteine(KreisTransaktion transaktion, BausteinRepository repository, Programmkatalog katalog,
              ProgrammDienst programme, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.katalog = katalog;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    public List<Baustein> liste(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreis(), repository::listOrderByProgrammIdAndNummer);
    }

    public List<Baustein> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreis(), () -> repository.findByProgrammIdOrderByNummer(programmId));
    }

    /** A new Baustein as the catalog suggests it: the program's period and the highest state share. */
    public BausteinDaten vorschlag(Nutzer nutzer, String programmId, int nummer) {
        nutzer.kreisMitRolle(PFLEGEN);
        Foerderbaustein f = katalog.baustein(programmId, nummer)
                .orElseThrow(() -> FachlicherFehler.verweis("nummer", "baustein.unbekannt", nummer, programmId));
        Optional<Foerderzeitraum> zeitraum = katalog.foerderzeitraum(programmId);
        BigDecimal anteil = f.foerderquote().map(q -> q.landesanteilHoechstensProzent()).orElse(BigDecimal.valueOf(100));
        return new BausteinDaten(programmId, nummer, null, zeitraum.map(Foerderzeitraum::beginn).orElse(null),
                zeitraum.map(Foerderzeitraum::ende).orElse(null), BigDecimal.ZERO, anteil, null);
    }

    public Baustein anlegen(Nutzer nutzer, BausteinDaten daten) {
        String kreis = nutzer.kreisMitRolle(PFLEGEN);
        Foerderbaustein f = pruefen(nutzer, daten);
        UUID id = UUID.randomUUID();
        String kommune = kommuneName(nutzer, daten.kommuneId());
        return transaktion.schreiben(kreis, () -> {
            einmal(id, daten.programmId(), f, daten.kommuneId(), kommune);
            Baustein neu = repository.save(new Baustein(id, daten.programmId(), daten.nummer(),
                    f.name(), daten.kommuneId(), daten.beginn(), daten.ende(), daten.budget(),
                    daten.landesanteilProzent(), leer(daten.notizen()), 0L));
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Baustein", neu.id(), unterschied(null, neu));
            return neu;
        });
    }

    public Baustein aendern(Nutzer nutzer, UUID id, long version, BausteinDaten daten) {
        String kreis = nutzer.kreisMitRolle(PFLEGEN);
        String kommune = kommuneName(nutzer, daten.kommuneId());
        return transaktion.schreiben(kreis, () -> {
            Baustein alt = repository.findById(id)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("baustein.nicht.gefunden"));
            Versionen.pruefen(alt.version(), version);
            BausteinDaten mitProgramm = new BausteinDaten(alt.programmId(), alt.nummer(), daten.kommuneId(),
                    daten.beginn(), daten.ende(), daten.budget(), daten.landesanteilProzent(), daten.notizen());
            Foerderbaustein f = pruefen(nutzer, mitProgramm);
            einmal(id, alt.programmId(), f, daten.kommuneId(), kommune);
            Baustein geaendert = new Baustein(id, alt.programmId(), alt.nummer(), alt.name(), daten.kommuneId(),
                    daten.beginn(), daten.ende(), daten.budget(), daten.landesanteilProzent(), leer(daten.notizen()),
                    version);
            Baustein neu = Versionen.aktualisieren(() -> repository.update(geaendert));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Baustein", id, unterschied(alt, neu));
            return neu;
        });
    }

    private Foerderbaustein pruefen(Nutzer nutzer, BausteinDaten daten) {
        if (daten.programmId() == null || !programme.aktiveProgramme(nutzer).contains(daten.programmId())) {
            throw FachlicherFehler.ungueltig("programmId", "programm.nicht.aktiv", daten.programmId());
        }
        Optional<Foerderbaustein> f = daten.nummer() == null ? Optional.empty()
                : katalog.baustein(daten.programmId(), daten.nummer());
        Set<UUID> kommunenIds = kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet());
        BausteinPruefung.pruefen(daten, f, katalog.foerderzeitraum(daten.programmId()), kommunenIds);
        return f.orElseThrow();
    }

    /**
     * A Baustein is used once per holder: by the Kreis, or by each of its Kommunen (the unique constraint
     * {@code baustein_eindeutig}). A second one is a conflict that names the one in use, before anything is written.
     */
    private void einmal(UUID id, String programmId, Foerderbaustein f, UUID kommuneId, String kommune) {
        if (repository.schonInNutzung(programmId, f.nummer(), kommuneId, id).isPresent()) {
            throw kommuneId == null
                    ? FachlicherFehler.konfliktBei("nummer", "baustein.vergeben", f.nummer(), f.name())
                    : FachlicherFehler.konfliktBei("kommuneId", "baustein.vergeben.kommune", f.nummer(), f.name(),
                    kommune);
        }
    }

    private String kommuneName(Nutzer nutzer, UUID kommuneId) {
        return kommuneId == null ? null : kommunen.liste(nutzer).stream().filter(k -> k.id().equals(kommuneId))
                .map(Kommune::name).findFirst().orElse(null);
    }

    private static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<String, Object> unterschied(Baustein alt, Baustein neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("programmId", Baustein::programmId), feld("nummer", Baustein::nummer),
                feld("kommuneId", Baustein::kommuneId), feld("beginn", Baustein::beginn), feld("ende", Baustein::ende),
                feld("budget", b -> b.budget().toPlainString()),
                feld("landesanteilProzent", b -> b.landesanteilProzent().toPlainString()),
                feld("notizen", Baustein::notizen));
    }
}
