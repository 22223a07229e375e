package de.teilhabe.platform.zielgruppenbasis;

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
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The target-group base per program and Stichtag: the counts of tolerated and permitted people per Kommune that
 * the foreigners' offices report, and report (g) built from them. Reading: KI, Kreis-Admin, case management,
 * committee readers; changing: KI and Kreis-Admin, with the version last read, audited. One Stand per program and
 * Stichtag.
 */
@Singleton
@Geprueft
public class Zielgruppenbasis {

    static final String OBJEKT = "Zielgruppenbasis";

    private final KreisTransaktion transaktion;
    private final StandRepository staende;
    private final BasiswertRepository werte;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    Zielgruppenbasis(KreisTransaktion transaktion, StandRepository staende, BasiswertRepository werte,
                     ProgrammDienst programme, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.staende = staende;
        this.werte = werte;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    /** All Stände of a program, newest Stichtag first. */
    public List<Basisstand> staende(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Basisrechte.LESEN), () -> staende.vonProgramm(programmId)
                .stream().map(s -> Basisstand.von(s, werte.von(s.id()))).toList());
    }

    public Basisstand stand(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(Basisrechte.LESEN), () -> laden(id));
    }

    /**
     * Creates a Stand ({@code daten.id()} empty) or replaces Stichtag, source and all counts of the Stand
     * {@code daten.id()}, whose {@code daten.version()} must be the one last read (otherwise 409
     * {@code konflikt.veraltet}). The program of an existing Stand stays.
     */
    public Basisstand speichern(Nutzer nutzer, ZielgruppenbasisDaten daten) {
        String kreis = nutzer.kreisMitRolle(Basisrechte.SCHREIBEN);
        ZielgruppenbasisDaten d = daten.id() == null ? daten
                : new ZielgruppenbasisDaten(daten.id(), daten.version(), stand(nutzer, daten.id()).stamm().programmId(),
                daten.stichtag(), daten.quelle(), daten.werte());
        pruefen(nutzer, d);
        return d.id() == null ? anlegen(nutzer, kreis, d) : ersetzen(nutzer, kreis, d);
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        transaktion.schreiben(nutzer.kreisMitRolle(Basisrechte.SCHREIBEN), () -> {
            Basisstand alt = aktuell(id, version);
            staende.findById(id).ifPresent(staende::delete);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", OBJEKT, id, unterschied(alt, null));
        });
    }

    /**
     * Report (g) at {@code stichtag}: the newest Stand of the program at or before the date, every Kommune of the
     * Kreis by name (German collation, 0 where the Stand has no counts) and the sum row; without such a Stand an
     * empty table with {@code stand == null}.
     */
    public Basistabelle tabelle(Nutzer nutzer, String programm, LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(Basisrechte.LESEN);
        if (programm == null || programm.isBlank()) {
            throw FachlicherFehler.ungueltig("programm", "pflichtfeld");
        }
        if (stichtag == null) {
            throw FachlicherFehler.ungueltig("stichtag", "zielgruppenbasis.stichtag.fehlt");
        }
        String programmId = programm.strip();
        if (!programme.aktiveProgramme(nutzer).contains(programmId)) {
            throw FachlicherFehler.ungueltig("programm", "programm.nicht.aktiv", programmId);
        }
        List<Kommune> liste = kommunen.liste(nutzer);
        Optional<Basisstand> geltend = transaktion.lesen(kreis, () -> staende.geltend(programmId, stichtag)
                .map(s -> Basisstand.von(s, werte.von(s.id()))));
        if (geltend.isEmpty()) {
            return new Basistabelle(nutzer.kreisName(), programmId, stichtag, null, null, List.of(),
                    Basiszeile.von("Summe", 0, 0));
        }
        Map<UUID, ZielgruppenwertAnsicht> jeKommune = geltend.get().werte().stream()
                .collect(Collectors.toMap(ZielgruppenwertAnsicht::kommuneId, Function.identity()));
        Collator deutsch = Collator.getInstance(Locale.GERMAN);
        List<Basiszeile> zeilen = liste.stream().sorted(Comparator.comparing(Kommune::name, deutsch)).map(k -> {
            ZielgruppenwertAnsicht w = jeKommune.get(k.id());
            return w == null ? Basiszeile.von(k.name(), 0, 0) : Basiszeile.von(k.name(), w.geduldete(), w.gestattete());
        }).toList();
        Basiszeile summe = Basiszeile.von("Summe", zeilen.stream().mapToInt(Basiszeile::geduldete).sum(),
                zeilen.stream().mapToInt(Basiszeile::gestattete).sum());
        ZielgruppenstandAnsicht s = geltend.get().stamm();
        return new Basistabelle(nutzer.kreisName(), programmId, stichtag, s.stichtag(), s.quelle(), zeilen, summe);
    }

    private Basisstand anlegen(Nutzer nutzer, String kreis, ZielgruppenbasisDaten d) {
        UUID id = UUID.randomUUID();
        return transaktion.schreiben(kreis, () -> {
            eindeutig(id, d);
            staende.save(new Zielgruppenstand(id, d.programmId().strip(), d.stichtag(), Basisrechte.leer(d.quelle()),
                    0L));
            werteSchreiben(id, d);
            Basisstand neu = laden(id);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", OBJEKT, id, unterschied(null, neu));
            return neu;
        });
    }

    private Basisstand ersetzen(Nutzer nutzer, String kreis, ZielgruppenbasisDaten d) {
        UUID id = d.id();
        long version = d.version();
        return transaktion.schreiben(kreis, () -> {
            Basisstand alt = aktuell(id, version);
            eindeutig(id, d);
            Zielgruppenstand geaendert = new Zielgruppenstand(id, alt.stamm().programmId(), d.stichtag(),
                    Basisrechte.leer(d.quelle()), version);
            Versionen.aktualisieren(() -> staende.update(geaendert));
            werteSchreiben(id, d);
            Basisstand neu = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", OBJEKT, id, unterschied(alt, neu));
            return neu;
        });
    }

    private void pruefen(Nutzer nutzer, ZielgruppenbasisDaten d) {
        boolean aktiv = d.programmId() != null && programme.aktiveProgramme(nutzer).contains(d.programmId().strip());
        BasisPruefung.pruefen(d, aktiv, kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet()));
    }

    private void eindeutig(UUID id, ZielgruppenbasisDaten d) {
        if (staende.vergeben(d.programmId().strip(), d.stichtag(), id)) {
            throw FachlicherFehler.ungueltig("stichtag", "zielgruppenbasis.stichtag.vergeben", d.stichtag());
        }
    }

    private Basisstand aktuell(UUID id, long version) {
        Basisstand alt = laden(id);
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private Basisstand laden(UUID id) {
        Zielgruppenstand s = staende.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("zielgruppenbasis.nicht.gefunden"));
        return Basisstand.von(s, werte.von(id));
    }

    private void werteSchreiben(UUID id, ZielgruppenbasisDaten d) {
        werte.loeschenVon(id);
        d.werteOderLeer().forEach(w -> werte.save(new Zielgruppenwert(null, id, w.kommuneId(), w.geduldete(),
                w.gestattete())));
    }

    private static Map<String, Object> unterschied(Basisstand alt, Basisstand neu) {
        return Aenderungen.zwischen(alt, neu, feld("programmId", s -> s.stamm().programmId()),
                feld("stichtag", s -> s.stamm().stichtag()), feld("quelle", s -> s.stamm().quelle()),
                feld("werte", s -> s.werte().stream().map(w -> w.kommuneId() + "=" + w.geduldete() + "/"
                        + w.gestattete()).toList()));
    }
}
