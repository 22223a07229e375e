package de.teilhabe.platform.massnahme;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.baustein.Baustein;
import de.teilhabe.platform.baustein.Bausteine;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.traeger.Massnahmetraeger;
import de.teilhabe.platform.traeger.TraegerKonten;
import de.teilhabe.platform.traeger.TraegerVerzeichnis;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Maßnahmen of a Kreis: offers of a Baustein by a provider in Kommunen, with their status history. */
@Singleton
@Geprueft
public class Massnahmen {


    private final KreisTransaktion transaktion;
    private final MassnahmeRepository repository;
    private final StatusRepository verlauf;
    private final MassnahmenAbfrage abfrage;
    private final Bausteine bausteine;
    private final TraegerVerzeichnis traeger;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;
    private final TraegerKonten konten;

    Massnahmen(KreisTransaktion transaktion, MassnahmeRepository repository, StatusRepository verlauf,
               MassnahmenAbfrage abfrage, Bausteine bausteine, TraegerVerzeichnis traeger, KommunenDienst kommunen,
               AuditProtokoll audit, TraegerKonten konten) {
        this.transaktion = transaktion;
        this.repository = repository;
        this.verlauf = verlauf;
        this.abfrage = abfrage;
        this.bausteine = bausteine;
        this.traeger = traeger;
        this.kommunen = kommunen;
        this.audit = audit;
        this.konten = konten;
    }

    /** The Maßnahmen table, ordered by program, Baustein and entry; a provider's account sees its provider's. */
    public List<MassnahmeZeile> tabelle(Nutzer nutzer) {
        Optional<UUID> nurVon = konten.nurTraeger(nutzer);
        List<MassnahmeZeile> alle = transaktion.lesen(nutzer.kreis(), abfrage::alle);
        return nurVon.isEmpty() ? alle : alle.stream().filter(z -> nurVon.get().equals(z.traegerId())).toList();
    }

    public MassnahmeAnsicht lesen(Nutzer nutzer, UUID id) {
        Optional<UUID> nurVon = konten.nurTraeger(nutzer);
        MassnahmeAnsicht ansicht = transaktion.lesen(nutzer.kreis(), () -> ansicht(id));
        if (nurVon.isPresent() && !nurVon.get().equals(ansicht.massnahme().traegerId())) {
            throw FachlicherFehler.nichtGefunden("massnahme.nicht.gefunden");
        }
        return ansicht;
    }

    /** Creates a Maßnahme; {@code anfang} is its first status (default: GEPLANT from today). */
    public MassnahmeAnsicht anlegen(Nutzer nutzer, MassnahmeDaten daten, Statuswechsel anfang) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        if (daten == null) {
            throw FachlicherFehler.ungueltig("daten", "pflichtfeld");
        }
        pruefen(nutzer, daten);
        Statuswechsel erster = anfang == null || anfang.status() == null
                ? new Statuswechsel(Status.GEPLANT, LocalDate.now(), null) : anfang;
        MassnahmenPruefung.pruefenAnfang(erster);
        return transaktion.schreiben(kreis, () -> {
            Massnahme neu = repository.save(new Massnahme(UUID.randomUUID(), null, daten.bausteinId(),
                    daten.traegerId(), leer(daten.titel()), daten.geplanterStart(), leer(daten.startHinweis()),
                    daten.kapazitaet(), erster.status(), leer(daten.bemerkung()), 0L));
            kommunenSchreiben(neu.id(), daten.kommunenOderLeer());
            verlauf.save(new Statuseintrag(neu.id(), erster.status(), erster.ab(), leer(erster.grund()),
                    nutzer.benutzername()));
            MassnahmeAnsicht ansicht = ansicht(neu.id());
            audit.kreis(nutzer.benutzername(), "ANGELEGT", "Massnahme", neu.id(), unterschied(null, ansicht));
            return ansicht;
        });
    }

    public MassnahmeAnsicht aendern(Nutzer nutzer, UUID id, long version, MassnahmeDaten daten) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        return transaktion.schreiben(kreis, () -> {
            MassnahmeAnsicht alt = aktuell(id, version);
            pruefen(nutzer, daten);
            MassnahmeStamm m = alt.massnahme();
            speichern(new Massnahme(id, m.laufnummer(), daten.bausteinId(), daten.traegerId(), leer(daten.titel()),
                    daten.geplanterStart(), leer(daten.startHinweis()), daten.kapazitaet(), m.status(),
                    leer(daten.bemerkung()), version));
            kommunenSchreiben(id, daten.kommunenOderLeer());
            MassnahmeAnsicht neu = ansicht(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", "Massnahme", id, unterschied(alt, neu));
            return neu;
        });
    }

    /**
     * Enters a status change from {@code wechsel.ab()} on — also back-dated between earlier entries, as an office
     * replays its history: the whole sequence must still make sense ({@link MassnahmenPruefung#verlauf}).
     */
    public MassnahmeAnsicht statusAendern(Nutzer nutzer, UUID id, long version, Statuswechsel wechsel) {
        return statusSchreiben(nutzer, id, version, null, wechsel, "STATUS");
    }

    /** Corrects status entry {@code eintragId}: the corrected entry supersedes it. */
    public MassnahmeAnsicht statusKorrigieren(Nutzer nutzer, UUID id, long version, long eintragId,
                                              Statuswechsel wechsel) {
        return statusSchreiben(nutzer, id, version, eintragId, wechsel, "STATUS_KORRIGIERT");
    }

    /** Strikes status entry {@code eintragId} (entered by mistake); the rest of the history must still make sense. */
    public MassnahmeAnsicht statusStreichen(Nutzer nutzer, UUID id, long version, long eintragId, String grund) {
        if (grund == null || grund.isBlank()) {
            throw FachlicherFehler.ungueltig("grund", "teilnehmer.streichung.grund");
        }
        return statusSchreiben(nutzer, id, version, eintragId, null, "STATUS_GESTRICHEN");
    }

    private MassnahmeAnsicht statusSchreiben(Nutzer nutzer, UUID id, long version, Long ersetzt,
                                             Statuswechsel wechsel, String aktion) {
        String kreis = nutzer.kreisMitRolle(Rolle.KI_KOORDINATION, Rolle.KREIS_ADMIN);
        return transaktion.schreiben(kreis, () -> {
            MassnahmeAnsicht alt = aktuell(id, version);
            MassnahmeStamm m = alt.massnahme();
            if (ersetzt != null && alt.verlauf().stream().noneMatch(e -> e.id().equals(ersetzt))) {
                throw FachlicherFehler.nichtGefunden("teilnehmer.eintrag.nicht.gefunden");
            }
            List<Statuseintrag> neu = new ArrayList<>(verlauf.verlauf(id).stream()
                    .filter(e -> !e.id().equals(ersetzt)).toList());
            Statuseintrag eintrag = wechsel == null ? null
                    : new Statuseintrag(id, wechsel.status(), wechsel.ab(), leer(wechsel.grund()), nutzer.benutzername());
            if (eintrag != null) {
                MassnahmenPruefung.eingabe(wechsel);
                neu.add(eintrag);
                neu.sort(Comparator.comparing(Statuseintrag::ab)); // stable: of two on one day the new one is later
            }
            MassnahmenPruefung.verlauf(neu);
            Status aktuell = neu.get(neu.size() - 1).status();
            speichern(new Massnahme(id, m.laufnummer(), m.bausteinId(), m.traegerId(), m.titel(), m.geplanterStart(),
                    m.startHinweis(), m.kapazitaet(), aktuell, m.bemerkung(), version));
            Long neueId = eintrag == null ? null : verlauf.save(eintrag).id();
            if (ersetzt != null && verlauf.ersetzen(ersetzt, neueId) != 1) {
                throw FachlicherFehler.veraltet();
            }
            Map<String, Object> aenderung = new LinkedHashMap<>();
            aenderung.put("status", List.of(m.status().name(), aktuell.name()));
            if (wechsel != null) {
                aenderung.put("ab", wechsel.ab().toString());
            }
            if (ersetzt != null) {
                aenderung.put("ersetzt", ersetzt);
            }
            audit.kreis(nutzer.benutzername(), aktion, "Massnahme", id, aenderung);
            return ansicht(id);
        });
    }

    private void pruefen(Nutzer nutzer, MassnahmeDaten daten) {
        Map<UUID, Baustein> b = bausteine.liste(nutzer).stream()
                .collect(Collectors.toMap(Baustein::id, Function.identity()));
        MassnahmenPruefung.pruefen(daten, b,
                traeger.liste(nutzer).stream().map(Massnahmetraeger::id).collect(Collectors.toSet()),
                kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet()));
    }

    private MassnahmeAnsicht aktuell(UUID id, long version) {
        MassnahmeAnsicht alt = ansicht(id);
        Versionen.pruefen(alt.massnahme().version(), version);
        return alt;
    }

    private void speichern(Massnahme m) {
        Versionen.aktualisieren(() -> repository.update(m));
    }

    private MassnahmeAnsicht ansicht(UUID id) {
        Massnahme m = repository.findById(id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("massnahme.nicht.gefunden"));
        return MassnahmeAnsicht.von(m, repository.kommunen(id), verlauf.verlauf(id));
    }

    private void kommunenSchreiben(UUID id, List<UUID> liste) {
        repository.kommunenLoeschen(id);
        for (int i = 0; i < liste.size(); i++) {
            repository.kommuneHinzufuegen(id, liste.get(i), i);
        }
    }

    private static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Map<String, Object> unterschied(MassnahmeAnsicht alt, MassnahmeAnsicht neu) {
        return Aenderungen.zwischen(alt, neu,
                Aenderungen.feld("bausteinId", a -> a.massnahme().bausteinId()),
                Aenderungen.feld("traegerId", a -> a.massnahme().traegerId()),
                Aenderungen.feld("kommunen", a -> a.kommunen().stream().map(UUID::toString).toList()),
                Aenderungen.feld("titel", a -> a.massnahme().titel()),
                Aenderungen.feld("geplanterStart", a -> a.massnahme().geplanterStart()),
                Aenderungen.feld("startHinweis", a -> a.massnahme().startHinweis()),
                Aenderungen.feld("kapazitaet", a -> a.massnahme().kapazitaet()),
                Aenderungen.feld("status", a -> a.massnahme().status()),
                Aenderungen.feld("bemerkung", a -> a.massnahme().bemerkung()));
    }
}
