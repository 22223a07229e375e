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
import java.util.Map;
import java.util.UUID;

/**
 * The Zuwendungsbescheide (and Mittelrahmen) of a Kreis per program. Reading: KI, Kreis-Admin, committee
 * readers; changing: KI and Kreis-Admin. Every change is checked completely before anything is written,
 * needs the version last read, and is written to the Kreis's audit log.
 */
@Singleton
@Geprueft
public class Zuwendungsbescheide {

    private final KreisTransaktion transaktion;
    private final BescheidRepository bescheide;
    private final PostenRepository posten;
    private final Grundlagen grundlagen;
    private final AuditProtokoll audit;

    Zuwendungsbescheide(KreisTransaktion transaktion, BescheidRepository bescheide, PostenRepository posten,
                        Grundlagen grundlagen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.bescheide = bescheide;
        this.posten = posten;
        this.grundlagen = grundlagen;
        this.audit = audit;
    }

    /** The Bescheide of one program, by start of their period. */
    public List<Bescheid> liste(Nutzer nutzer, String programmId) {
        return transaktion.lesen(nutzer.kreisMitRolle(Finanzrechte.LESEN), () -> alle(programmId));
    }

    public Bescheid lesen(Nutzer nutzer, UUID id) {
        return transaktion.lesen(nutzer.kreisMitRolle(Finanzrechte.LESEN), () -> laden(id));
    }

    public Bescheid anlegen(Nutzer nutzer, BescheidDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        BescheidPruefung.pruefen(daten, daten.programmId(), grundlagen.fuer(nutzer));
        UUID id = UUID.randomUUID();
        return transaktion.schreiben(kreis, () -> {
            aktenzeichenFrei(id, daten);
            bescheide.save(stamm(id, daten.programmId(), daten, 0L));
            teileSchreiben(id, daten);
            Bescheid neu = laden(id);
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Zuwendungsbescheid", id, unterschied(null, neu));
            return neu;
        });
    }

    /** Changes a Bescheid; its program stays. {@code version}: the version last read. */
    public Bescheid aendern(Nutzer nutzer, UUID id, long version, BescheidDaten daten) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        Bescheid vorher = transaktion.lesen(kreis, () -> laden(id));
        BescheidPruefung.pruefen(daten, vorher.stamm().programmId(), grundlagen.fuer(nutzer));
        return transaktion.schreiben(kreis, () -> {
            Bescheid alt = aktuell(id, version);
            aktenzeichenFrei(id, daten);
            Versionen.aktualisieren(() -> bescheide.update(stamm(id, alt.stamm().programmId(), daten, version)));
            teileSchreiben(id, daten);
            Bescheid neu = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Zuwendungsbescheid", id, unterschied(alt, neu));
            return neu;
        });
    }

    public void loeschen(Nutzer nutzer, UUID id, long version) {
        String kreis = nutzer.kreisMitRolle(Finanzrechte.SCHREIBEN);
        transaktion.schreiben(kreis, () -> {
            Bescheid alt = aktuell(id, version);
            bescheide.findById(id).ifPresent(bescheide::delete);
            audit.kreis(nutzer.benutzername(), "GELOESCHT", "Zuwendungsbescheid", id, unterschied(alt, null));
        });
    }

    /** All Bescheide of a program inside the running Kreis transaction (for the overview). */
    List<Bescheid> alle(String programmId) {
        return bescheide.findByProgrammIdOrderByBeginnAndId(programmId).stream()
                .map(s -> Bescheid.von(s, bescheide.bausteine(s.id()), posten.vonBescheid(s.id()))).toList();
    }

    /**
     * All Bescheide of a program inside the running Kreis transaction, locked until it ends: what a forwarding is
     * checked against cannot change before the forwarding is written, and a concurrent forwarding waits.
     */
    List<Bescheid> gesperrt(String programmId) {
        bescheide.sperren(programmId);
        return alle(programmId);
    }

    private Bescheid aktuell(UUID id, long version) {
        Bescheid alt = laden(id);
        Versionen.pruefen(alt.version(), version);
        return alt;
    }

    private Bescheid laden(UUID id) {
        Zuwendungsbescheid s = bescheide.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("finanzierung.bescheid.nicht.gefunden"));
        return Bescheid.von(s, bescheide.bausteine(id), posten.vonBescheid(id));
    }

    /**
     * A file number identifies one record in the Kreis: entering it a second time is a conflict that names the
     * record that has it (the unique index {@code zuwendungsbescheid_aktenzeichen} is the last line).
     */
    private void aktenzeichenFrei(UUID id, BescheidDaten daten) {
        String aktenzeichen = Texte.leer(daten.aktenzeichen());
        if (aktenzeichen != null) {
            bescheide.mitAktenzeichen(aktenzeichen, id).ifPresent(anderer -> {
                throw FachlicherFehler.konfliktBei("aktenzeichen", "finanzierung.aktenzeichen.vergeben", aktenzeichen,
                        anderer.beginn(), anderer.ende());
            });
        }
    }

    private void teileSchreiben(UUID id, BescheidDaten daten) {
        bescheide.bausteineLoeschen(id);
        List<UUID> bausteine = daten.bausteineOderLeer();
        for (int i = 0; i < bausteine.size(); i++) {
            bescheide.bausteinHinzufuegen(id, bausteine.get(i), i);
        }
        posten.loeschenVon(id);
        daten.postenOderLeer().forEach(p -> posten.save(new Bescheidposten(UUID.randomUUID(), id, p.bausteinId(),
                p.jahr(), Geld.cent(p.betrag()))));
    }

    private static Zuwendungsbescheid stamm(UUID id, String programmId, BescheidDaten d, long version) {
        return new Zuwendungsbescheid(id, programmId, d.artOderBescheid(), d.datum(), Texte.leer(d.aktenzeichen()),
                d.beginn(), d.ende(), Geld.cent(d.betrag()), Texte.leer(d.bemerkung()), version);
    }

    private static Map<String, Object> unterschied(Bescheid alt, Bescheid neu) {
        return Aenderungen.zwischen(alt, neu,
                feld("programmId", b -> b.stamm().programmId()), feld("art", b -> b.stamm().art()),
                feld("datum", b -> b.stamm().datum()), feld("aktenzeichen", b -> b.stamm().aktenzeichen()),
                feld("beginn", b -> b.stamm().beginn()), feld("ende", b -> b.stamm().ende()),
                feld("betrag", b -> b.stamm().betrag().toPlainString()),
                feld("bausteine", b -> b.bausteine().stream().map(UUID::toString).toList()),
                feld("posten", b -> b.posten().stream()
                        .map(p -> p.bausteinId() + "/" + p.jahr() + "=" + p.betrag().toPlainString()).toList()),
                feld("bemerkung", b -> b.stamm().bemerkung()));
    }
}
