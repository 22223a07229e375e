package de.teilhabe.platform.gremium;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.Versionen;
import static de.teilhabe.platform.audit.Aenderungen.feld;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Meetings of Gremien with agenda, attendance and minutes (KI-Koordination, Kreis-Admin). A change replaces
 * agenda and attendance as a whole, guarded by the meeting's version. Reading full minutes is logged.
 */
@Singleton
@Geprueft
public class SitzungenDienst {

    private final KreisTransaktion transaktion;
    private final GremiumRepository gremien;
    private final SitzungRepository sitzungen;
    private final TagesordnungspunktRepository punkte;
    private final TeilnahmeRepository teilnahmen;
    private final AnliegenRepository anliegen;
    private final MitgliederAbfrage mitglieder;
    private final SitzungLeser leser;
    private final AuditProtokoll audit;

    SitzungenDienst(KreisTransaktion transaktion, GremiumRepository gremien, SitzungRepository sitzungen,
                    TagesordnungspunktRepository punkte, TeilnahmeRepository teilnahmen, AnliegenRepository anliegen,
                    MitgliederAbfrage mitglieder, SitzungLeser leser, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.gremien = gremien;
        this.sitzungen = sitzungen;
        this.punkte = punkte;
        this.teilnahmen = teilnahmen;
        this.anliegen = anliegen;
        this.mitglieder = mitglieder;
        this.leser = leser;
        this.audit = audit;
    }

    /** A meeting with minutes; readers without access to personal data get it without minutes and attendance. */
    public SitzungAnsicht ansicht(Nutzer nutzer, UUID id) {
        String kreis = nutzer.kreisMitRolle(GremienRechte.LESEN);
        if (!GremienRechte.siehtPersonendaten(nutzer)) {
            return transaktion.lesen(kreis, () -> leser.ansicht(id, false));
        }
        return transaktion.schreiben(kreis, () -> {
            SitzungAnsicht ansicht = leser.ansicht(id, true);
            audit.kreis(nutzer.benutzername(), "GELESEN", "Sitzung", id, Map.of());
            return ansicht;
        });
    }

    public SitzungAnsicht anlegen(Nutzer nutzer, UUID gremiumId, SitzungDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN),
                () -> anlegen(nutzer.benutzername(), gremiumId, daten));
    }

    /** Inside the running Kreis transaction (also for demo data). */
    SitzungAnsicht anlegen(String wer, UUID gremiumId, SitzungDaten daten) {
        Gremium g = gremien.findById(gremiumId).orElseThrow(GremienDienst::fehlt);
        pruefen(daten, g);
        Sitzung neu = sitzungen.save(Sitzung.neu(UUID.randomUUID(), gremiumId, daten));
        List<Tagesordnungspunkt> tops = kinderSchreiben(neu.id(), daten);
        audit.kreis(wer, "ANGELEGT", "Sitzung", neu.id(), unterschied(null, neu, List.of(), tops));
        return leser.ansicht(neu.id(), true);
    }

    public SitzungAnsicht aendern(Nutzer nutzer, UUID id, long version, SitzungDaten daten) {
        return transaktion.schreiben(nutzer.kreisMitRolle(GremienRechte.SCHREIBEN), () -> {
            Sitzung alt = sitzungen.findById(id).orElseThrow(SitzungenDienst::fehlt);
            Versionen.pruefen(alt.version(), version);
            Gremium g = gremien.findById(alt.gremiumId()).orElseThrow(GremienDienst::fehlt);
            pruefen(daten, g);
            List<Tagesordnungspunkt> alteTops = punkte.findBySitzungIdOrderByPosition(id);
            Sitzung neu = Versionen.aktualisieren(() -> sitzungen.update(alt.mit(daten, version)));
            punkte.deleteBySitzungId(id);
            teilnahmen.deleteBySitzungId(id);
            List<Tagesordnungspunkt> tops = kinderSchreiben(id, daten);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Sitzung", id, unterschied(alt, neu, alteTops, tops));
            return leser.ansicht(id, true);
        });
    }

    private void pruefen(SitzungDaten daten, Gremium g) {
        Map<UUID, Mitglied> nachId = mitglieder.verlauf(g.id()).stream()
                .collect(Collectors.toMap(Mitglied::id, Function.identity()));
        SitzungPruefung.pruefen(daten, g, nachId, anliegen::existsById);
    }

    private List<Tagesordnungspunkt> kinderSchreiben(UUID sitzungId, SitzungDaten daten) {
        List<SitzungDaten.Punkt> liste = daten.punkte();
        List<Tagesordnungspunkt> tops = punkte.saveAll(IntStream.range(0, liste.size())
                .mapToObj(i -> new Tagesordnungspunkt(UUID.randomUUID(), sitzungId, i + 1,
                        Texte.oderLeer(liste.get(i).titel()), liste.get(i).anliegenId(),
                        Texte.oderNull(liste.get(i).ergebnis())))
                .toList());
        teilnahmen.saveAll(daten.anwesende().stream()
                .map(a -> new Teilnahme(UUID.randomUUID(), sitzungId, a.mitgliedschaftId(), a.status()))
                .toList());
        return tops;
    }

    static FachlicherFehler fehlt() {
        return FachlicherFehler.nichtGefunden("gremium.sitzung.nicht.gefunden");
    }

    /** Field changes; of the minutes only their length is logged, not their text. */
    private static Map<String, Object> unterschied(Sitzung alt, Sitzung neu, List<Tagesordnungspunkt> alteTops,
                                                   List<Tagesordnungspunkt> neueTops) {
        Map<String, Object> aenderung = Aenderungen.zwischen(alt, neu,
                feld("gremiumId", Sitzung::gremiumId),
                feld("datum", Sitzung::datum),
                feld("beginn", Sitzung::beginn),
                feld("ort", Sitzung::ort),
                feld("titel", Sitzung::titel),
                feld("protokollZeichen", s -> s.protokoll() == null ? 0 : s.protokoll().length()));
        aenderung.putAll(Aenderungen.zwischen(alteTops, neueTops,
                feld("tagesordnung", l -> l.stream().map(Tagesordnungspunkt::titel).toList())));
        return aenderung;
    }
}
