package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The participations of a person after intake (ADR 0002): de-registration ends an episode, re-admission opens a new
 * one ({@link TeilnehmerAufnahme#teilnehmen}); an episode's dates can be corrected (the corrected episode supersedes
 * the old one); the open clarifications are closed by a documented exception or moved to another due date, and
 * listed for the case managers. KI-Koordination and Case-Management; every change is audited.
 */
@Singleton
@Geprueft
public class Teilnahmen {

    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Verlaufspflege pflege;
    private final TeilnehmerAufnahme aufnahme;

    Teilnahmen(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
               Verlaufspflege pflege, TeilnehmerAufnahme aufnahme) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.pflege = pflege;
        this.aufnahme = aufnahme;
    }

    /** Ends the participation on {@code abmeldung.am()}: from that day on the person is not active in the program. */
    public TeilnehmerAkte abmelden(Nutzer nutzer, UUID teilnahmeId, long version, Abmeldung abmeldung) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(teilnahmeId);
            return beenden(nutzer, teilnehmerId, teilnahmeId, version, abmeldung);
        });
    }

    /**
     * De-registers a person (the record's version in {@code If-Match}) from the open participation — the one in
     * {@code abmeldung.programm()} where the person takes part in several programs.
     */
    public TeilnehmerAkte abmeldenPerson(Nutzer nutzer, UUID teilnehmerId, long version, Abmeldung abmeldung) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            beruehren(teilnehmerId, version);
            Programmteilnahme t = offene(pflege.laden(teilnehmerId).teilnahmen(), abmeldung.programm());
            return beenden(nutzer, teilnehmerId, t.id(), t.version(), abmeldung);
        });
    }

    /**
     * Takes a de-registered person in again on {@code am} (the record's version in {@code If-Match}): a new episode of
     * {@code programm}, by default the program of the participation that ended last.
     */
    public TeilnehmerAkte wiederaufnehmen(Nutzer nutzer, UUID teilnehmerId, long version, Stichtag stichtag) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        String gewaehlt = transaktion.lesen(kreis, () ->
                wiederaufnahmeProgramm(pflege.laden(teilnehmerId).teilnahmen(), stichtag.programm()));
        TeilnahmeAntrag antrag = new TeilnahmeAntrag(gewaehlt, stichtag.am(), null, null, null, null);
        return aufnahme.teilnehmen(nutzer, teilnehmerId, antrag, () -> beruehren(teilnehmerId, version));
    }

    /**
     * Corrects the dates of a participation — the intake day, the de-registration with reason and kind: the corrected
     * episode supersedes the old one (kept as it was known), the verdict is computed anew at the intake day.
     */
    public TeilnehmerAkte korrigieren(Nutzer nutzer, UUID teilnahmeId, TeilnahmeKorrektur k) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        if (k.abgemeldetAm() != null && TeilnehmerPruefung.leer(k.abmeldegrund())) {
            fehler.add(Feldfehler.von("abmeldegrund", "teilnehmer.abmeldung.grund"));
        }
        if (k.abgemeldetAm() == null && !TeilnehmerPruefung.leer(k.abmeldegrund())) {
            fehler.add(Feldfehler.von("abgemeldetAm", "pflichtfeld"));
        }
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(teilnahmeId);
            Programmteilnahme alt = pflege.laden(teilnehmerId).teilnahme(teilnahmeId).orElseThrow();
            boolean ende = k.abgemeldetAm() != null;
            Programmteilnahme neu = new Programmteilnahme(UUID.randomUUID(), alt.programm(), k.aufgenommenAm(),
                    k.abgemeldetAm(), ende ? k.abmeldegrund().trim() : null,
                    ende ? (k.abmeldeart() == null ? Abmeldeart.SONSTIGES : k.abmeldeart()) : null, alt.einstufung(),
                    alt.begruendungen(), alt.ausnahmeGrund(), alt.ausnahmeGenehmigtVon(), alt.fallverantwortung(),
                    alt.klaerungBis() != null || alt.zielgruppe() || alt.ausnahme() ? alt.klaerungBis()
                            : LocalDate.now().plusDays(Urteile.KLAERUNG_TAGE),
                    alt.freigabe(), alt.freigabeAm(), 0L, Instant.now(), nutzer.benutzername());
            List<String> felder = Aenderungen.felder(alt, neu,
                    Aenderungen.feld("teilnahme.aufgenommenAm", Programmteilnahme::aufgenommenAm),
                    Aenderungen.feld("teilnahme.abgemeldetAm", Programmteilnahme::abgemeldetAm),
                    Aenderungen.feld("teilnahme.abmeldegrund", Programmteilnahme::abmeldegrund),
                    Aenderungen.feld("teilnahme.abmeldeart", Programmteilnahme::abmeldeart));
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("aufgenommenAm",
                    v -> v.ohne(alt.id()).mit(neu), v -> {
                        if (!verlauf.ersetzen(Eintragsart.TEILNAHME, alt.id(), neu.id())) {
                            throw FachlicherFehler.veraltet();
                        }
                        verlauf.teilnahmeAnlegen(teilnehmerId, neu);
                    }, "KORRIGIERT", felder));
        });
    }

    /** Documents the exception for a participation whose verdict is „nicht Zielgruppe“: closes its clarification. */
    public TeilnehmerAkte ausnahmeDokumentieren(Nutzer nutzer, UUID teilnahmeId, long version, String grund,
                                                String genehmigtVon) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(teilnahmeId);
            Personenverlauf v = pflege.laden(teilnehmerId);
            Programmteilnahme t = v.teilnahme(teilnahmeId).orElseThrow();
            Versionen.pruefen(t.version(), version);
            List<Feldfehler> fehler = new ArrayList<>();
            Programmurteil urteil = pflege.urteil(nutzer, t, v);
            if (Programmteilnahme.NICHT_ENTSCHEIDBAR.equals(urteil.einstufung()) || t.zielgruppe()) {
                fehler.add(Feldfehler.von("ausnahmeGrund", "teilnehmer.ausnahme.nicht.noetig", urteil.einstufungText()));
            } else {
                TeilnehmerPruefung.ausnahme(grund, genehmigtVon, urteil, fehler);
            }
            Akten.werfen(fehler);
            aktualisiert(verlauf.ausnahmeSetzen(teilnahmeId, version, grund.trim(), genehmigtVon.trim()));
            return pflege.protokollieren(nutzer, teilnehmerId, "AUSNAHME",
                    List.of("ausnahmeGrund", "ausnahmeGenehmigtVon"));
        });
    }

    /** Moves the due date of an open clarification. */
    public TeilnehmerAkte klaerungVerschieben(Nutzer nutzer, UUID teilnahmeId, long version, Ende ende) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        LocalDate bis = ende.bis();
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(teilnahmeId);
            Programmteilnahme t = pflege.laden(teilnehmerId).teilnahme(teilnahmeId).orElseThrow();
            Versionen.pruefen(t.version(), version);
            if (!t.klaerungOffen()) {
                throw FachlicherFehler.konflikt("teilnehmer.klaerung.keine");
            }
            aktualisiert(verlauf.klaerungVerschieben(teilnahmeId, version, bis));
            return pflege.protokollieren(nutzer, teilnehmerId, "KLAERUNG", List.of("klaerungBis"));
        });
    }

    /** The open clarifications of the Kreis, the earliest due first; the reading of the list is audited. */
    public List<Klaerung> klaerungen(Nutzer nutzer) {
        return transaktion.schreiben(nutzer.kreisMitRolle(LESEN), () -> {
            List<Klaerung> liste = verlauf.klaerungen();
            pflege.listeProtokollieren(nutzer, "KLAERUNGEN_GELESEN", liste.size());
            return liste;
        });
    }

    /**
     * The open participation a de-registration ends — the one in {@code programm} where the person takes part in
     * several programs (shared with the history import).
     */
    static Programmteilnahme offene(List<Programmteilnahme> teilnahmen, String programm) {
        List<Programmteilnahme> offen = teilnahmen.stream().filter(Programmteilnahme::offen)
                .filter(t -> programm == null || t.programm().equals(programm.strip())).toList();
        if (offen.isEmpty()) {
            throw FachlicherFehler.konflikt("teilnehmer.abmeldung.nicht.aktiv");
        }
        if (offen.size() > 1) {
            throw FachlicherFehler.ungueltig("programm", "teilnehmer.programm.waehlen");
        }
        return offen.get(0);
    }

    /** The program of a re-admission: the one given, else the program of the participation that ended last. */
    static String wiederaufnahmeProgramm(List<Programmteilnahme> teilnahmen, String programm) {
        if (programm == null && teilnahmen.stream().anyMatch(Programmteilnahme::offen)) {
            throw FachlicherFehler.konflikt("teilnehmer.wiederaufnahme.aktiv");
        }
        return programm != null ? programm : teilnahmen.stream().filter(t -> !t.offen())
                .max(Comparator.comparing(Programmteilnahme::abgemeldetAm))
                .map(Programmteilnahme::programm)
                .orElseThrow(() -> FachlicherFehler.konflikt("teilnehmer.wiederaufnahme.aktiv"));
    }

    /**
     * The participation {@code t} ended by {@code a} (its constraints checked: day and reason given): open, not
     * before the intake (shared with the history import).
     */
    static Programmteilnahme beendet(Programmteilnahme t, Abmeldung a) {
        if (!t.offen()) {
            throw FachlicherFehler.konflikt("teilnehmer.abmeldung.nicht.aktiv");
        }
        if (a.am().isBefore(t.aufgenommenAm())) {
            throw FachlicherFehler.ungueltig("am", "teilnehmer.abmeldung.vor.aufnahme", t.aufgenommenAm());
        }
        Abmeldeart art = a.art() == null ? Abmeldeart.SONSTIGES : a.art();
        return new Programmteilnahme(t.id(), t.programm(), t.aufgenommenAm(), a.am(), a.grund().trim(), art,
                t.einstufung(), t.begruendungen(), t.ausnahmeGrund(), t.ausnahmeGenehmigtVon(), t.fallverantwortung(),
                t.klaerungBis(), t.freigabe(), t.freigabeAm(), t.version(), t.erfasstAm(), t.erfasstVon());
    }

    private TeilnehmerAkte beenden(Nutzer nutzer, UUID teilnehmerId, UUID teilnahmeId, long version, Abmeldung a) {
        Programmteilnahme t = pflege.laden(teilnehmerId).teilnahme(teilnahmeId).orElseThrow();
        Versionen.pruefen(t.version(), version);
        Programmteilnahme beendet = beendet(t, a);
        Abmeldeart art = beendet.abmeldeart();
        return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("am", v -> v.mit(beendet),
                v -> aktualisiert(verlauf.teilnahmeBeenden(t.id(), version, a.am(), a.grund().trim(), art)),
                "ABGEMELDET", List.of("abgemeldetAm", "abmeldegrund", "abmeldeart")));
    }


    private UUID teilnehmer(UUID teilnahmeId) {
        return verlauf.teilnehmerVon(Eintragsart.TEILNAHME, teilnahmeId)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.programm.nicht.gefunden"));
    }

    private void beruehren(UUID teilnehmerId, long version) {
        Teilnehmer t = Akten.vorhanden(tabellen, teilnehmerId);
        Versionen.pruefen(t.version(), version);
        aktualisiert(tabellen.beruehren(teilnehmerId, version));
    }

    private static void aktualisiert(boolean geschrieben) {
        if (!geschrieben) {
            throw FachlicherFehler.veraltet();
        }
    }
}
