package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Eingabepruefung;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gremien of a Kreis: KI-Koordination and Kreis-Admin create and change them, every reader of the structure
 * lists them and opens their detail. Dissolving a Gremium ends its open memberships on that day.
 */
@Singleton
@Geprueft
public class GremienDienst {

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final MitgliedschaftRepository mitgliedschaften;
    private final SitzungRepository sitzungen;
    private final SitzRepository sitze;
    private final MitgliederAbfrage mitglieder;
    private final Sperren sperren;
    private final AuditProtokoll audit;
    private final Eingabepruefung eingabe;

    GremienDienst(KreisTransaktion transaktion, GremiumRepository gremien, MitgliedschaftRepository mitgliedschaften,
                  SitzungRepository sitzungen, SitzRepository sitze, MitgliederAbfrage mitglieder, Sperren sperren,
                  AuditProtokoll audit, Eingabepruefung eingabe) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.mitgliedschaften = mitgliedschaften;
        this.sitzungen = sitzungen;
        this.sitze = sitze;
        this.mitglieder = mitglieder;
        this.sperren = sperren;
        this.audit = audit;
        this.eingabe = eingabe;
    }

    /** All Gremien of the Kreis by name, or only those of one program. */
    public List<Gremium> liste(Nutzer nutzer, @Nullable String programm) {
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), () -> gremien.listOrderByName().stream()
                .filter(g -> programm == null || programm.isBlank() || g.programme().contains(programm))
                .toList());
    }

    /** A Gremium with parent, children, all memberships (history included), seats and meetings. */
    public GremiumAnsicht ansicht(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(GremienRechte.LESEN), () -> {
            List<Gremium> alle = gremien.listOrderByName();
            Gremium g = alle.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(GremienDienst::fehlt);
            String oben = alle.stream().filter(x -> x.id().equals(g.uebergeordnetId())).map(Gremium::name)
                    .findFirst().orElse(null);
            List<GremiumAnsicht.Verweis> unten = alle.stream().filter(x -> id.equals(x.uebergeordnetId()))
                    .map(x -> new GremiumAnsicht.Verweis(x.id(), x.name())).toList();
            List<Mitglied> liste = mitglieder.verlauf(id).stream()
                    .sorted(Comparator.comparing((Mitglied m) -> m.bis() != null)
                            .thenComparing(Mitglied::rolle).thenComparing(Mitglied::bezeichnung)
                            .thenComparing(Mitglied::von))
                    .toList();
            return new GremiumAnsicht(GremiumStamm.von(g), oben, unten, liste,
                    sitze.findByGremiumIdOrderByPosition(id).stream().map(SitzAnsicht::von).toList(),
                    sitzungen.findByGremiumIdOrderByDatumDesc(id).stream().map(SitzungKurz::von).toList());
        });
    }

    public Gremium anlegen(Nutzer nutzer, GremiumDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), UUID.randomUUID(), daten, null));
    }

    /**
     * Creates a Gremium inside the running Kreis transaction (also used for templates, whose data a plugin gives:
     * checked here against the record's constraints, as the public methods' arguments are on the way in).
     */
    Gremium anlegen(String wer, UUID id, GremiumDaten daten, @Nullable String vorlage) {
        eingabe.pruefen(daten);
        sperren.struktur();
        Gremium neu = Gremium.neu(id, daten, vorlage);
        GremiumPruefung.pruefen(neu, gremien.listOrderByName(), List.of(), List.of());
        neu = gremien.save(neu);
        audit.kreis(wer, "ANGELEGT", "Gremium", id, unterschied(null, neu));
        return neu;
    }

    public Gremium aendern(Nutzer nutzer, UUID id, long version, GremiumDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            sperren.struktur();
            Gremium alt = gremien.findById(id).orElseThrow(GremienDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Gremium neu = alt.mit(daten, version);
            List<Mitgliedschaft> besetzung = mitgliedschaften.findByGremiumIdOrderByVon(id);
            GremiumPruefung.pruefen(neu, gremien.listOrderByName(), besetzung,
                    sitzungen.findByGremiumIdOrderByDatumDesc(id));
            Gremium gespeichert = Versionen.aktualisieren(() -> gremien.update(neu));
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Gremium", id, unterschied(alt, gespeichert));
            if (neu.aufgeloestAm() != null) {
                besetzung.stream()
                        .filter(m -> m.bis() == null || m.bis().isAfter(neu.aufgeloestAm()))
                        .forEach(m -> {
                            Mitgliedschaft beendet = mitgliedschaften.update(m.beendet(neu.aufgeloestAm()));
                            audit.kreis(nutzer.benutzername(), "BEENDET", "Mitgliedschaft", m.id(),
                                    Aenderungen.zwischen(m, beendet, feld("bis", Mitgliedschaft::bis)));
                        });
            }
            return gespeichert;
        });
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.nicht.gefunden");
    }

    static Map<String, Object> unterschied(Gremium alt, Gremium neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("name", Gremium::name),
                feld("typ", Gremium::typ),
                feld("ebene", Gremium::ebene),
                feld("programme", Gremium::programme),
                feld("uebergeordnetId", Gremium::uebergeordnetId),
                feld("zweck", Gremium::zweck),
                feld("aufgaben", Gremium::aufgaben),
                feld("rhythmus", Gremium::rhythmus),
                feld("konstituiertAm", Gremium::konstituiertAm),
                feld("aufgeloestAm", Gremium::aufgeloestAm),
                feld("vorlage", Gremium::vorlage));
    }
}
