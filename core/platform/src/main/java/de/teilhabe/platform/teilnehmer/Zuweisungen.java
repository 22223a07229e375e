package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Assignments of participants to Maßnahmen (ADR 0002): running from a day (a plan may start later), or entered with
 * their end when an office replays its history; ended with their outcome; corrected by an assignment that
 * supersedes them. An assignment to a Maßnahme of program X needs a participation in X, or in a program whose
 * participants X's plugin admits ({@code Zuweisungsregel}), running on its first day ({@link Verlaufsregeln}).
 */
@Singleton
@Geprueft
public class Zuweisungen {

    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Verlaufspflege pflege;
    private final ProgrammDienst programme;

    Zuweisungen(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
                Verlaufspflege pflege, ProgrammDienst programme) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.pflege = pflege;
        this.programme = programme;
    }

    /** Assigns the person to a Maßnahme from {@code daten.ab()} on — running, or with its end and outcome. */
    public TeilnehmerAkte zuweisen(Nutzer nutzer, UUID teilnehmerId, ZuweisungDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Set<String> aktiv = new HashSet<>(programme.aktiveProgramme(nutzer));
        return transaktion.schreiben(kreis, () -> {
            Zuweisung neu = zuweisung(daten, aktiv);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("ab", v -> v.mit(neu),
                    v -> verlauf.zuweisungAnlegen(teilnehmerId, neu, nutzer.benutzername()), "ZUGEWIESEN",
                    felder(neu, "")));
        });
    }

    /** Ends a running assignment: completed, or Abbruch with its reason. */
    public TeilnehmerAkte beenden(Nutzer nutzer, UUID zuweisungId, long version, Zuweisungsende ende) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(zuweisungId);
            Zuweisung z = pflege.laden(teilnehmerId).zuweisung(zuweisungId).orElseThrow();
            Versionen.pruefen(z.version(), version);
            Zuweisung beendet = beendet(z, ende);
            Zuweisungsende sauber = new Zuweisungsende(beendet.ergebnis(), beendet.bis(), beendet.abbruchgrund());
            List<String> felder = new ArrayList<>(List.of("ergebnis", "bis"));
            if (sauber.abbruchgrund() != null) {
                felder.add("abbruchgrund");
            }
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("bis", v -> v.mit(beendet),
                    v -> {
                        if (!verlauf.zuweisungBeenden(zuweisungId, version, sauber)) {
                            throw FachlicherFehler.veraltet();
                        }
                    }, "ZUWEISUNG_BEENDET", felder));
        });
    }

    /** Corrects an assignment — Maßnahme, dates, outcome: the corrected one supersedes it. */
    public TeilnehmerAkte korrigieren(Nutzer nutzer, UUID zuweisungId, ZuweisungDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Set<String> aktiv = new HashSet<>(programme.aktiveProgramme(nutzer));
        return transaktion.schreiben(kreis, () -> {
            UUID teilnehmerId = teilnehmer(zuweisungId);
            Zuweisung neu = zuweisung(daten, aktiv);
            return pflege.aendern(nutzer, teilnehmerId, new Verlaufspflege.Aenderung("ab",
                    v -> v.ohne(zuweisungId).mit(neu), v -> {
                        if (!verlauf.ersetzen(Eintragsart.ZUWEISUNG, zuweisungId, neu.id())) {
                            throw FachlicherFehler.veraltet();
                        }
                        verlauf.zuweisungAnlegen(teilnehmerId, neu, nutzer.benutzername());
                    }, "KORRIGIERT", felder(neu, "zuweisung.")));
        });
    }

    /**
     * The running assignment {@code z} ended as {@code e} (its constraints checked: outcome and day given):
     * completed, or Abbruch with its reason (shared with the history import).
     */
    static Zuweisung beendet(Zuweisung z, Zuweisungsende e) {
        if (z.ergebnis() != Zuweisungsergebnis.LAUFEND) {
            throw FachlicherFehler.konflikt("teilnehmer.zuweisung.beendet");
        }
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.ende(e, z.ab(), fehler);
        Akten.werfen(fehler);
        return new Zuweisung(z.id(), z.massnahmeId(), z.massnahme(), z.programm(), z.baustein(), z.ab(), e.ergebnis(),
                e.bis(), e.ergebnis() == Zuweisungsergebnis.ABBRUCH ? e.abbruchgrund().trim() : null, z.version());
    }

    /** The assignment {@code d} describes, checked against its Maßnahme (status on the first day, dates). */
    private Zuweisung zuweisung(ZuweisungDaten d, Set<String> aktiv) {
        return zuweisung(d, tabellen.massnahme(d.massnahmeId(), d.ab()).orElse(null), aktiv);
    }

    /**
     * The assignment {@code d} describes, checked against {@code m} — the Maßnahme as it stood on the first day
     * (null: not found) — and the programs enabled in the Kreis; {@code d}'s constraints are checked (Maßnahme and
     * first day given). Shared with the history import.
     */
    static Zuweisung zuweisung(ZuweisungDaten d, TeilnehmerTabellen.MassnahmeRahmen m, Set<String> aktiv) {
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.zuweisung(d, m, aktiv, fehler);
        Akten.werfen(fehler);
        boolean beendet = d.beendet();
        return new Zuweisung(UUID.randomUUID(), m.id(), m.anzeige(), m.programmId(), m.baustein(), d.ab(),
                beendet ? d.ergebnis() : Zuweisungsergebnis.LAUFEND, beendet ? d.bis() : null,
                beendet && d.ergebnis() == Zuweisungsergebnis.ABBRUCH ? d.abbruchgrund().trim() : null, 0L);
    }

    private UUID teilnehmer(UUID zuweisungId) {
        return verlauf.teilnehmerVon(Eintragsart.ZUWEISUNG, zuweisungId)
                .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.zuweisung.nicht.gefunden"));
    }

    /** The names of the fields an assignment sets, for the audit log ({@code praefix}: the entry kind of a correction). */
    private static List<String> felder(Zuweisung z, String praefix) {
        List<String> felder = new ArrayList<>(List.of("massnahmeId", "ab"));
        if (z.bis() != null) {
            felder.addAll(List.of("bis", "ergebnis"));
        }
        if (z.abbruchgrund() != null) {
            felder.add("abbruchgrund");
        }
        return felder.stream().map(f -> praefix + f).toList();
    }
}
