package de.teilhabe.platform.stelle;

import de.teilhabe.platform.fehler.Geprueft;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.plugin.api.feld.Validierungsfehler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The inputs of the staffing formulas per program, formula and Stichtag, and the entitlement the plugin computes
 * from them. Reading: KI, Kreis-Admin, case management, committee readers; changing: KI and Kreis-Admin, with
 * the version last read, audited. One set of inputs per program, formula and Stichtag.
 */
@Singleton
@Geprueft
public class Stellenberechnungen {

    private final KreisTransaktion transaktion;
    private final BerechnungRepository berechnungen;
    private final WertRepository werte;
    private final Schluesselkatalog katalog;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    Stellenberechnungen(KreisTransaktion transaktion, BerechnungRepository berechnungen, WertRepository werte,
                        Schluesselkatalog katalog, ProgrammDienst programme, KommunenDienst kommunen,
                        AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.berechnungen = berechnungen;
        this.werte = werte;
        this.katalog = katalog;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    /** The formulas of a program with their declared inputs, to build the input form. */
    public List<Schluessel> schluessel(Nutzer nutzer, String programmId) {
        nutzer.kreisMitRolle(Stellenrechte.LESEN);
        return katalog.schluessel(programmId);
    }

    /** All saved inputs of a program, by formula and newest Stichtag first. */
    public List<StellenEingaben> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Stellenrechte.LESEN), () -> berechnungen.vonProgramm(programmId)
                .stream().map(b -> StellenEingaben.von(b, werte.von(b.id()))).toList());
    }

    public StellenEingaben lesen(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(Stellenrechte.LESEN), () -> laden(id));
    }

    /** Computes the entitlement from inputs without saving them (the calculator). */
    public Stellenanspruch vorschau(Nutzer nutzer, StellenberechnungDaten daten) {
        nutzer.kreisMitRolle(Stellenrechte.LESEN);
        Geprueft g = pruefen(nutzer, daten);
        return rechnen(daten.programmId(), g.schluessel(), daten, g.kommunen(), null);
    }

    /** Computes the entitlement from saved inputs. */
    public Stellenanspruch anspruch(Nutzer nutzer, UUID id) {
        StellenEingaben e = lesen(nutzer, id);
        StellenberechnungAnsicht b = e.stamm();
        Schluessel s = katalog.schluessel(b.programmId(), b.schluesselId()).orElseThrow(() ->
                FachlicherFehler.konflikt("stelle.schluessel.entfallen", b.schluesselId(), b.programmId()));
        return rechnen(b.programmId(), s, new StellenberechnungDaten(b.programmId(), b.schluesselId(), b.stichtag(),
                b.bemerkung(), Eingabebau.werte(e)), kommunen.liste(nutzer), b.id());
    }

    public StellenEingaben anlegen(Nutzer nutzer, StellenberechnungDaten daten) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN);
        pruefen(nutzer, daten);
        UUID id = UUID.randomUUID();
        return transaktion.schreiben(kreis, () -> {
            eindeutig(id, daten);
            berechnungen.save(new Stellenberechnung(id, daten.programmId(), daten.schluesselId(), daten.stichtag(),
                    Stellenrechte.leer(daten.bemerkung()), 0L));
            werteSchreiben(id, daten);
            StellenEingaben neu = laden(id);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Stellenberechnung", id, unterschied(null, neu));
            return neu;
        });
    }

    /** Changes Stichtag, note and values; program and formula stay. {@code version}: the version last read. */
    public StellenEingaben aendern(Nutzer nutzer, UUID id, long version, StellenberechnungDaten daten) {
        String kreis = nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN);
        StellenberechnungAnsicht vorher = lesen(nutzer, id).stamm();
        StellenberechnungDaten fest = new StellenberechnungDaten(vorher.programmId(), vorher.schluesselId(),
                daten.stichtag(), daten.bemerkung(), daten.werte());
        pruefen(nutzer, fest);
        return transaktion.schreiben(kreis, () -> {
            StellenEingaben alt = aktuell(id, version);
            eindeutig(id, fest);
            Stellenberechnung geaendert = new Stellenberechnung(id, fest.programmId(), fest.schluesselId(),
                    fest.stichtag(), Stellenrechte.leer(fest.bemerkung()), version);
            Versionen.aktualisieren(() -> berechnungen.update(geaendert));
            werteSchreiben(id, fest);
            StellenEingaben neu = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Stellenberechnung", id, unterschied(alt, neu));
            return neu;
        });
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        transaktion.schreiben(nutzer.kreisMitRolle(Stellenrechte.SCHREIBEN), () -> {
            StellenEingaben alt = aktuell(id, version);
            berechnungen.findById(id).ifPresent(berechnungen::delete);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", "Stellenberechnung", id, unterschied(alt, null));
        });
    }

    private record Geprueft(Schluessel schluessel, List<Kommune> kommunen) {
    }

    private Geprueft pruefen(Nutzer nutzer, StellenberechnungDaten d) {
        boolean aktiv = d.programmId() != null && programme.aktiveProgramme(nutzer).contains(d.programmId());
        Optional<Schluessel> s = aktiv && d.schluesselId() != null
                ? katalog.schluessel(d.programmId(), d.schluesselId()) : Optional.empty();
        List<Kommune> liste = kommunen.liste(nutzer);
        StellenPruefung.pruefen(d, aktiv, s, liste.stream().map(Kommune::id).collect(Collectors.toSet()));
        List<Validierungsfehler> plugin = katalog.pruefe(d.programmId(), d.schluesselId(),
                Eingabebau.eingabe(s.orElseThrow(), d.werteOderLeer(), liste));
        if (!plugin.isEmpty()) {
            throw FachlicherFehler.ungueltig(plugin.stream()
                    .map(f -> Feldfehler.von("werte", "programm.eingabe", f.meldung()))
                    .toList());
        }
        return new Geprueft(s.orElseThrow(), liste);
    }

    private Stellenanspruch rechnen(String programmId, Schluessel s, StellenberechnungDaten d, List<Kommune> liste,
                                    UUID berechnungId) {
        return katalog.berechne(programmId, s.id(), Eingabebau.eingabe(s, d.werteOderLeer(), liste))
                .map(r -> Eingabebau.anspruch(programmId, s, d.stichtag(), r, liste, berechnungId))
                .orElseThrow(() -> FachlicherFehler.konflikt("stelle.schluessel.entfallen", s.id(), programmId));
    }

    private void eindeutig(UUID id, StellenberechnungDaten d) {
        if (berechnungen.vergeben(d.programmId(), d.schluesselId(), d.stichtag(), id)) {
            throw FachlicherFehler.ungueltig("stichtag", "stelle.stichtag.vergeben", d.stichtag());
        }
    }

    private StellenEingaben aktuell(UUID id, long version) {
        StellenEingaben alt = laden(id);
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private StellenEingaben laden(UUID id) {
        Stellenberechnung b = berechnungen.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("stelle.berechnung.nicht.gefunden"));
        return StellenEingaben.von(b, werte.von(id));
    }

    private void werteSchreiben(UUID id, StellenberechnungDaten d) {
        werte.loeschenVon(id);
        d.werteOderLeer().forEach(w -> werte.save(new Stellenwert(null, id, w.eingabe(), w.kommuneId(), w.wert())));
    }

    private static Map<String, Object> unterschied(StellenEingaben alt, StellenEingaben neu) {
        return Aenderungen.zwischen(alt, neu, feld("programmId", e -> e.stamm().programmId()),
                feld("schluesselId", e -> e.stamm().schluesselId()), feld("stichtag", e -> e.stamm().stichtag()),
                feld("bemerkung", e -> e.stamm().bemerkung()),
                feld("werte", e -> e.werte().stream().map(w -> w.eingabe() + (w.kommuneId() == null ? ""
                        : "/" + w.kommuneId()) + "=" + w.wert().stripTrailingZeros().toPlainString()).toList()));
    }
}
