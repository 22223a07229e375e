package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dated facts of a person besides participations and assignments (ADR 0002): moves between Kommunen, residence
 * status, work ban and exclusion facts, ABH clearances — each entered with the day it takes effect (may lie in the
 * past), corrected by an entry that supersedes it, or struck. A refused clearance takes effect: the participation in
 * that program ends that day, and so do the assignments it carried (Abbruch). Striking works for every kind of entry
 * ({@link Eintragsart}); the history's rules decide whether what is left makes sense.
 */
@Singleton
@Geprueft
public class Verlaufseintraege {

    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};
    static final String FREIGABE_VERWEIGERT = "Freigabe der Ausländerbehörde verweigert";

    private final KreisTransaktion transaktion;
    private final Verlaufstabellen verlauf;
    private final Verlaufspflege pflege;
    private final KommunenDienst kommunen;
    private final ProgrammDienst programme;

    Verlaufseintraege(KreisTransaktion transaktion, Verlaufstabellen verlauf, Verlaufspflege pflege,
                      KommunenDienst kommunen, ProgrammDienst programme) {
        this.programme = programme;
        this.transaktion = transaktion;
        this.verlauf = verlauf;
        this.pflege = pflege;
        this.kommunen = kommunen;
    }

    /** A move: from {@code daten.ab()} on the person lives in {@code daten.kommuneId()}. */
    public TeilnehmerAkte umziehen(Nutzer nutzer, UUID teilnehmerId, WohnortDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Wohnort neu = wohnort(nutzer, daten);
        return transaktion.schreiben(kreis, () -> {
            unveraendert(pflege.laden(teilnehmerId), neu);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("ab", x -> x.mit(neu),
                    x -> verlauf.wohnortAnlegen(teilnehmerId, neu), "UMGEZOGEN", List.of("kommuneId", "ab")));
        });
    }

    /** A residence status from {@code daten.ab()} on. */
    public TeilnehmerAkte aufenthaltErfassen(Nutzer nutzer, UUID teilnehmerId, AufenthaltDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            Aufenthalt neu = aufenthalt(nutzer, teilnehmerId, daten);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("ab", x -> x.mit(neu),
                    x -> verlauf.aufenthaltAnlegen(teilnehmerId, neu), "AUFENTHALT", List.of("status", "ab")));
        });
    }

    /** A work ban or exclusion fact for a period (open while it holds). */
    public TeilnehmerAkte merkmalErfassen(Nutzer nutzer, UUID teilnehmerId, MerkmalDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            Merkmaleintrag neu = merkmal(nutzer, teilnehmerId, daten);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("ab", x -> x.mit(neu),
                    x -> verlauf.merkmalAnlegen(teilnehmerId, neu), "MERKMAL", felder(neu, "")));
        });
    }

    /** The ABH's clearance for the person in {@code programm}; a refusal ends the participation that day. */
    public TeilnehmerAkte freigabeErfassen(Nutzer nutzer, UUID teilnehmerId, String programm, FreigabeDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        if (programm == null || !programme.aktiveProgramme(nutzer).contains(programm.strip())) {
            throw FachlicherFehler.nichtGefunden("teilnehmer.programm.nicht.aktiv", programm);
        }
        return transaktion.schreiben(kreis, () -> freigabeSchreiben(nutzer, teilnehmerId, programm, daten));
    }

    private TeilnehmerAkte freigabeSchreiben(Nutzer nutzer, UUID teilnehmerId, String programm, FreigabeDaten daten) {
        Freigabeeintrag neu = freigabe(nutzer, programm, daten);
        return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("am",
                x -> mitWirkung(nutzer, x.mit(neu), neu), x -> {
                    verlauf.freigabeAnlegen(teilnehmerId, neu);
                    wirkungSchreiben(nutzer, teilnehmerId, neu);
                }, "FREIGABE", List.of("programm", "freigabe", "am")));
    }

    /** The ABH clearance of the participation's program (the first wave's call on the participation). */
    public TeilnehmerAkte freigabeSetzen(Nutzer nutzer, UUID teilnahmeId, long version, FreigabeDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = verlauf.teilnehmerVon(Eintragsart.TEILNAHME, teilnahmeId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.programm.nicht.gefunden"));
            Programmteilnahme t = pflege.laden(teilnehmerId).teilnahme(teilnahmeId).orElseThrow();
            de.teilhabe.platform.fehler.Versionen.pruefen(t.version(), version);
            if (!verlauf.teilnahmeBeruehren(teilnahmeId, version)) {
                throw FachlicherFehler.veraltet();
            }
            return freigabeSchreiben(nutzer, teilnehmerId, t.programm(), daten);
        });
    }

    /** Ends a work ban or exclusion fact that still holds: it held up to the day before {@code bis}. */
    public TeilnehmerAkte merkmalBeenden(Nutzer nutzer, UUID merkmalId, Ende ende) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        LocalDate bis = ende.bis();
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(Eintragsart.MERKMAL, merkmalId);
            Merkmaleintrag alt = pflege.laden(teilnehmerId).merkmale().stream()
                    .filter(m -> m.id().equals(merkmalId)).findFirst().orElseThrow();
            if (alt.bis() != null) {
                throw FachlicherFehler.konflikt("teilnehmer.merkmal.beendet", alt.bis());
            }
            Merkmaleintrag neu = new Merkmaleintrag(UUID.randomUUID(), alt.merkmal(), alt.ab(), bis, alt.notiz(),
                    Instant.now(), nutzer.benutzername());
            return ersetzen(nutzer, teilnehmerId, Eintragsart.MERKMAL, alt.id(), neu, "bis",
                    () -> verlauf.merkmalAnlegen(teilnehmerId, neu), "MERKMAL_BEENDET", List.of("bis"));
        });
    }

    /** Corrects a Kommune entry: the corrected entry supersedes it. */
    public TeilnehmerAkte wohnortKorrigieren(Nutzer nutzer, UUID id, WohnortDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Wohnort neu = wohnort(nutzer, daten);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(Eintragsart.WOHNORT, id);
            return ersetzen(nutzer, teilnehmerId, Eintragsart.WOHNORT, id, neu, "ab",
                    () -> verlauf.wohnortAnlegen(teilnehmerId, neu), "KORRIGIERT",
                    List.of("wohnort.kommuneId", "wohnort.ab"));
        });
    }

    /** Corrects a residence status entry. */
    public TeilnehmerAkte aufenthaltKorrigieren(Nutzer nutzer, UUID id, AufenthaltDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(Eintragsart.AUFENTHALT, id);
            Aufenthalt neu = aufenthalt(nutzer, teilnehmerId, daten);
            return ersetzen(nutzer, teilnehmerId, Eintragsart.AUFENTHALT, id, neu, "ab",
                    () -> verlauf.aufenthaltAnlegen(teilnehmerId, neu), "KORRIGIERT",
                    List.of("aufenthalt.status", "aufenthalt.ab"));
        });
    }

    /** Corrects a work ban or exclusion fact. */
    public TeilnehmerAkte merkmalKorrigieren(Nutzer nutzer, UUID id, MerkmalDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(Eintragsart.MERKMAL, id);
            Merkmaleintrag neu = merkmal(nutzer, teilnehmerId, daten);
            return ersetzen(nutzer, teilnehmerId, Eintragsart.MERKMAL, id, neu, "ab",
                    () -> verlauf.merkmalAnlegen(teilnehmerId, neu), "KORRIGIERT", felder(neu, "merkmal."));
        });
    }

    /** Corrects an ABH clearance entry (same program). */
    public TeilnehmerAkte freigabeKorrigieren(Nutzer nutzer, UUID id, FreigabeDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(Eintragsart.FREIGABE, id);
            Freigabeeintrag alt = pflege.laden(teilnehmerId).freigaben().stream().filter(f -> f.id().equals(id))
                    .findFirst().orElseThrow();
            Freigabeeintrag neu = freigabe(nutzer, alt.programm(), daten);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("am",
                    x -> mitWirkung(nutzer, x.ohne(id).mit(neu), neu), x -> {
                        if (!verlauf.ersetzen(Eintragsart.FREIGABE, id, neu.id())) {
                            throw FachlicherFehler.veraltet();
                        }
                        verlauf.freigabeAnlegen(teilnehmerId, neu);
                        wirkungSchreiben(nutzer, teilnehmerId, neu);
                    }, "KORRIGIERT", List.of("freigabe.freigabe", "freigabe.am")));
        });
    }

    /**
     * Strikes an entry that should never have been recorded, with a reason; it stays in the database as superseded.
     * What is left must still satisfy the history's rules. The audit log names the entry kind and that a reason was
     * given, not the reason (free text about the person, ADR 0003).
     */
    public TeilnehmerAkte streichen(Nutzer nutzer, Eintragsart art, UUID id, String grund) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        if (art == null) {
            throw FachlicherFehler.ungueltig("art", "pflichtfeld");
        }
        if (TeilnehmerPruefung.leer(grund)) {
            throw FachlicherFehler.ungueltig("grund", "teilnehmer.streichung.grund");
        }
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(art, id);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("grund", v -> v.ohne(id), v -> {
                if (!verlauf.ersetzen(art, id, null)) {
                    throw FachlicherFehler.veraltet();
                }
            }, "GESTRICHEN", List.of(art.name().toLowerCase(java.util.Locale.ROOT), "grund")));
        });
    }

    /** Supersedes entry {@code alt} by {@code neu} after checking the history without the old and with the new. */
    private TeilnehmerAkte ersetzen(Nutzer nutzer, UUID teilnehmerId, Eintragsart art, UUID alt, Object neu,
                                    String feld, Runnable anlegen, String aktion, List<String> felder) {
        UUID neueId = Personenverlauf.id(neu);
        return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung(feld, v -> v.ohne(alt).mit(neu),
                v -> {
                    if (!verlauf.ersetzen(art, alt, neueId)) {
                        throw FachlicherFehler.veraltet();
                    }
                    anlegen.run();
                }, aktion, felder));
    }

    /**
     * What a refused clearance does to the history: the participation in the program running that day ends then
     * (reason {@value #FREIGABE_VERWEIGERT}), and every assignment it carried that runs on ends then as an Abbruch.
     */
    private Personenverlauf mitWirkung(Nutzer nutzer, Personenverlauf v, Freigabeeintrag f) {
        if (f.status() != Freigabe.ABGELEHNT) {
            return v;
        }
        Personenverlauf neu = v;
        for (Programmteilnahme t : v.teilnahmen()) {
            if (t.programm().equals(f.programm()) && t.giltAm(f.ab()) && t.ab().isBefore(f.ab())) {
                neu = neu.mit(beendet(t, f.ab()));
            }
        }
        for (Zuweisung z : laufendeOhneDeckung(neu, f.ab())) {
            neu = neu.mit(new Zuweisung(z.id(), z.massnahmeId(), z.massnahme(), z.programm(), z.baustein(), z.ab(),
                    Zuweisungsergebnis.ABBRUCH, f.ab(), FREIGABE_VERWEIGERT, z.version()));
        }
        return neu;
    }

    /** Writes {@link #mitWirkung}: ends the open participation and assignments, supersedes closed ones. */
    private void wirkungSchreiben(Nutzer nutzer, UUID teilnehmerId, Freigabeeintrag f) {
        if (f.status() != Freigabe.ABGELEHNT) {
            return;
        }
        Personenverlauf v = pflege.laden(teilnehmerId);
        for (Programmteilnahme t : v.teilnahmen()) {
            if (t.programm().equals(f.programm()) && t.giltAm(f.ab()) && t.ab().isBefore(f.ab())) {
                if (t.offen()) {
                    verlauf.teilnahmeBeenden(t.id(), t.version(), f.ab(), FREIGABE_VERWEIGERT,
                            Abmeldeart.FREIGABE_VERWEIGERT);
                } else {
                    Programmteilnahme neu = beendet(t, f.ab());
                    Programmteilnahme mitId = new Programmteilnahme(UUID.randomUUID(), neu.programm(),
                            neu.aufgenommenAm(), neu.abgemeldetAm(), neu.abmeldegrund(), neu.abmeldeart(),
                            neu.einstufung(), neu.begruendungen(), neu.ausnahmeGrund(), neu.ausnahmeGenehmigtVon(),
                            neu.fallverantwortung(), neu.klaerungBis(), null, null, 0L, Instant.now(),
                            nutzer.benutzername());
                    verlauf.ersetzen(Eintragsart.TEILNAHME, t.id(), mitId.id());
                    verlauf.teilnahmeAnlegen(teilnehmerId, mitId);
                }
            }
        }
        Personenverlauf nachher = pflege.laden(teilnehmerId);
        for (Zuweisung z : laufendeOhneDeckung(nachher, f.ab())) {
            Zuweisungsende ende = new Zuweisungsende(Zuweisungsergebnis.ABBRUCH, f.ab(), FREIGABE_VERWEIGERT);
            if (z.bis() == null) {
                verlauf.zuweisungBeenden(z.id(), z.version(), ende);
            } else {
                Zuweisung neu = new Zuweisung(UUID.randomUUID(), z.massnahmeId(), z.massnahme(), z.programm(),
                        z.baustein(), z.ab(), Zuweisungsergebnis.ABBRUCH, f.ab(), FREIGABE_VERWEIGERT, 0L);
                verlauf.ersetzen(Eintragsart.ZUWEISUNG, z.id(), neu.id());
                verlauf.zuweisungAnlegen(teilnehmerId, neu, nutzer.benutzername());
            }
        }
    }

    /** Assignments begun before {@code tag} that run past it, with no participation left that runs past it. */
    private List<Zuweisung> laufendeOhneDeckung(Personenverlauf v, LocalDate tag) {
        List<Zuweisung> ergebnis = new ArrayList<>();
        for (Zuweisung z : v.zuweisungen()) {
            boolean laeuftWeiter = z.ab().isBefore(tag) && (z.bis() == null || z.bis().isAfter(tag));
            if (laeuftWeiter && !Verlaufsregeln.gedeckt(v, z, pflege.zulassung())) {
                ergebnis.add(z);
            }
        }
        return ergebnis;
    }

    private static Programmteilnahme beendet(Programmteilnahme t, LocalDate am) {
        return new Programmteilnahme(t.id(), t.programm(), t.aufgenommenAm(), am, FREIGABE_VERWEIGERT,
                Abmeldeart.FREIGABE_VERWEIGERT, t.einstufung(), t.begruendungen(), t.ausnahmeGrund(),
                t.ausnahmeGenehmigtVon(), t.fallverantwortung(), t.klaerungBis(), t.freigabe(), t.freigabeAm(),
                t.version(), t.erfasstAm(), t.erfasstVon());
    }

    /** A move to the Kommune the person already lives in on that day is refused (on {@code kommuneId}). */
    static void unveraendert(Personenverlauf v, Wohnort neu) {
        v.wohnortAm(neu.ab()).filter(w -> w.kommuneId().equals(neu.kommuneId())).ifPresent(w -> {
            throw FachlicherFehler.ungueltig("kommuneId", "teilnehmer.wohnort.unveraendert", neu.ab(), w.kommune());
        });
    }

    private Wohnort wohnort(Nutzer nutzer, WohnortDaten daten) {
        Map<UUID, String> eigene = kommunen.liste(nutzer).stream().collect(Collectors.toMap(Kommune::id, Kommune::name));
        return wohnort(daten, eigene, nutzer.benutzername());
    }

    /**
     * The Kommune entry {@code daten} describes (its constraints checked: Kommune and day given): a Kommune of the
     * Kreis ({@code eigene}: id to name).
     */
    static Wohnort wohnort(WohnortDaten daten, Map<UUID, String> eigene, String von) {
        if (!eigene.containsKey(daten.kommuneId())) {
            throw FachlicherFehler.verweis("kommuneId", "kommune.fremd");
        }
        return new Wohnort(UUID.randomUUID(), daten.kommuneId(), eigene.get(daten.kommuneId()), daten.ab(), null,
                Instant.now(), von);
    }

    private Aufenthalt aufenthalt(Nutzer nutzer, UUID teilnehmerId, AufenthaltDaten daten) {
        return aufenthalt(daten, pflege.laden(teilnehmerId).geburtsdatum(), nutzer.benutzername());
    }

    /**
     * The residence entry {@code daten} describes (its constraints checked: status and day given), checked against
     * the birth date.
     */
    static Aufenthalt aufenthalt(AufenthaltDaten daten, LocalDate geburtsdatum, String von) {
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.aufenthalt(daten, geburtsdatum, "", fehler);
        Akten.werfen(fehler);
        return new Aufenthalt(UUID.randomUUID(), daten.status(), daten.ab(), null, Akten.text(daten.notiz()),
                Instant.now(), von);
    }

    private Merkmaleintrag merkmal(Nutzer nutzer, UUID teilnehmerId, MerkmalDaten daten) {
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.merkmal(daten, pflege.laden(teilnehmerId).geburtsdatum(), "", fehler);
        Akten.werfen(fehler);
        return new Merkmaleintrag(UUID.randomUUID(), daten.merkmal(), daten.ab(), daten.bis(),
                Akten.text(daten.notiz()), Instant.now(), nutzer.benutzername());
    }

    /** The clearance entry of {@code programm} (an enabled one, or the entry's own) that {@code daten} describes. */
    private static Freigabeeintrag freigabe(Nutzer nutzer, String programm, FreigabeDaten daten) {
        return new Freigabeeintrag(UUID.randomUUID(), programm.strip(), daten.freigabe(), daten.am(), null,
                Instant.now(), nutzer.benutzername());
    }

    private UUID teilnehmer(Eintragsart art, UUID id) {
        return verlauf.teilnehmerVon(art, id)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.eintrag.nicht.gefunden"));
    }

    /** The names of the fields a work ban or exclusion entry sets ({@code praefix}: the entry kind of a correction). */
    private static List<String> felder(Merkmaleintrag m, String praefix) {
        List<String> felder = new ArrayList<>(List.of("merkmal", "ab"));
        if (m.bis() != null) {
            felder.add("bis");
        }
        if (m.notiz() != null) {
            felder.add("notiz");
        }
        return felder.stream().map(f -> praefix + f).toList();
    }
}
