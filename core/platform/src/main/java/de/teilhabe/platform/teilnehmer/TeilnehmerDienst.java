package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Case management of a Kreis after intake ({@link TeilnehmerAufnahme}): search and the record, the person's data,
 * residence history, ABH clearance, consents, assignments to Maßnahmen with their outcome, de-registration and
 * re-admission. KI-Koordination and
 * Case-Management read and write, the Kreis-Admin reads; every change and every reading of a record is in
 * the Kreis's audit log under object type {@code Teilnehmer} and the participant's id.
 */
@Singleton
public class TeilnehmerDienst {

    static final String OBJEKT = "Teilnehmer";
    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final TeilnehmerAbfrage abfrage;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    TeilnehmerDienst(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, TeilnehmerAbfrage abfrage,
                     ProgrammDienst programme, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.abfrage = abfrage;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    /** One page of participants; the search itself (not each row) is audited as {@code GESUCHT}. */
    public Trefferliste suchen(Nutzer nutzer, TeilnehmerFilter filter) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        TeilnehmerFilter f = filter == null ? TeilnehmerFilter.alle() : filter;
        return transaktion.schreiben(kreis, () -> {
            Trefferliste liste = abfrage.suchen(f);
            audit.kreis(nutzer.benutzername(), "GESUCHT", OBJEKT, null, filterAlsMap(f, liste.gesamt()));
            return liste;
        });
    }

    /** The participant's record; the reading is audited as {@code GELESEN}. */
    public TeilnehmerAkte akte(Nutzer nutzer, UUID id) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerAkte akte = Akten.laden(tabellen, id);
            audit.kreis(nutzer.benutzername(), "GELESEN", OBJEKT, id, Map.of());
            return akte;
        });
    }

    /** Changes the person's data (not intake or de-registration). */
    public TeilnehmerAkte aendern(Nutzer nutzer, UUID id, long version, TeilnehmerDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.person(daten, eigeneKommunen(nutzer), LocalDate.now(), "", fehler);
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer alt = teilnehmer(id, version);
            if (alt.aufgenommenAm() != null && alt.aufgenommenAm().isBefore(daten.geburtsdatum())) {
                throw FachlicherFehler.ungueltig("geburtsdatum", "teilnehmer.aufnahme.vor.geburt");
            }
            Teilnehmer neu = new Teilnehmer(id, daten.vorname().trim(), daten.nachname().trim(),
                    daten.geburtsdatum(), daten.kommuneId(), Akten.text(daten.sprachniveau()), daten.beschaeftigungsverbot(),
                    Akten.text(daten.fallverantwortung()), alt.aufgenommenAm(), alt.abgemeldetAm(), alt.abmeldegrund(),
                    version);
            Akten.keinDoppel(tabellen, neu, "nachname");
            speichern(neu, version);
            TeilnehmerAkte akte = Akten.laden(tabellen, id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", OBJEKT, id, Akten.unterschied(alt, akte.teilnehmer()));
            return akte;
        });
    }

    /** Appends a residence status to the history. */
    public TeilnehmerAkte aufenthaltErfassen(Nutzer nutzer, UUID id, AufenthaltDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer t = Akten.vorhanden(tabellen, id);
            List<Feldfehler> fehler = new ArrayList<>();
            TeilnehmerPruefung.aufenthalt(daten, t.geburtsdatum(), "", fehler);
            Akten.werfen(fehler);
            tabellen.aufenthaltAnlegen(id, daten);
            audit.kreis(nutzer.benutzername(), "AUFENTHALT", OBJEKT, id, Map.of("status", daten.status().name(),
                    "ab", daten.ab().toString()));
            return Akten.laden(tabellen, id);
        });
    }

    /** Records the ABH's clearance of a program participation (before or after intake). */
    public TeilnehmerAkte freigabeSetzen(Nutzer nutzer, UUID programmteilnahmeId, long version, Freigabe freigabe,
                                         LocalDate am) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        if (freigabe == null) {
            fehler.add(Feldfehler.von("freigabe", "pflichtfeld"));
        }
        if (am == null) {
            fehler.add(Feldfehler.von("am", "pflichtfeld"));
        }
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerTabellen.Zugehoerig<Programmteilnahme> p = tabellen.programmteilnahme(programmteilnahmeId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.programm.nicht.gefunden"));
            Versionen.pruefen(p.wert().version(), version);
            aktualisiert(tabellen.freigabeSetzen(programmteilnahmeId, version, freigabe, am));
            audit.kreis(nutzer.benutzername(), "FREIGABE", OBJEKT, p.teilnehmerId(), Map.of(
                    "programm", p.wert().programm(),
                    "freigabe", Arrays.asList(name(p.wert().freigabe()), freigabe.name()),
                    "am", am.toString()));
            return Akten.laden(tabellen, p.teilnehmerId());
        });
    }

    /** Records a consent given on {@code am}; a purpose with a consent in force cannot be consented to twice. */
    public TeilnehmerAkte einwilligen(Nutzer nutzer, UUID id, Einwilligungszweck zweck, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        if (zweck == null) {
            fehler.add(Feldfehler.von("zweck", "pflichtfeld"));
        }
        if (am == null) {
            fehler.add(Feldfehler.von("am", "pflichtfeld"));
        }
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            Akten.vorhanden(tabellen, id);
            if (tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.widerrufenAm() == null)) {
                throw FachlicherFehler.ungueltig("zweck", "teilnehmer.einwilligung.besteht");
            }
            tabellen.einwilligungAnlegen(id, zweck, am);
            audit.kreis(nutzer.benutzername(), "EINWILLIGUNG", OBJEKT, id, Map.of("zweck", zweck.name(),
                    "erteiltAm", am.toString()));
            return Akten.laden(tabellen, id);
        });
    }

    /** Withdraws a consent from {@code am} on: sharing for its purpose stops that day. */
    public TeilnehmerAkte widerrufen(Nutzer nutzer, UUID einwilligungId, long version, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        if (am == null) {
            throw FachlicherFehler.ungueltig("am", "pflichtfeld");
        }
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerTabellen.Zugehoerig<Einwilligung> e = tabellen.einwilligung(einwilligungId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.einwilligung.nicht.gefunden"));
            Versionen.pruefen(e.wert().version(), version);
            if (e.wert().widerrufenAm() != null) {
                throw FachlicherFehler.konflikt("teilnehmer.einwilligung.widerrufen", e.wert().widerrufenAm());
            }
            if (am.isBefore(e.wert().erteiltAm())) {
                throw FachlicherFehler.ungueltig("am", "teilnehmer.widerruf.vor.erteilung", e.wert().erteiltAm());
            }
            aktualisiert(tabellen.widerrufen(einwilligungId, version, am));
            audit.kreis(nutzer.benutzername(), "WIDERRUF", OBJEKT, e.teilnehmerId(), Map.of(
                    "zweck", e.wert().zweck().name(), "widerrufenAm", am.toString()));
            return Akten.laden(tabellen, e.teilnehmerId());
        });
    }

    /** Whether the participant's data may be shared for {@code zweck} on {@code am}: only with a consent valid that day. */
    public boolean darfTeilen(Nutzer nutzer, UUID id, Einwilligungszweck zweck, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        if (zweck == null || am == null) {
            return false;
        }
        return transaktion.lesen(kreis, () -> {
            Akten.vorhanden(tabellen, id);
            return tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.gueltigAm(am));
        });
    }

    /** Assigns an active participant to a Maßnahme from {@code ab} on (outcome LAUFEND). */
    public TeilnehmerAkte zuweisen(Nutzer nutzer, UUID id, ZuweisungDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Set<String> aktiv = new HashSet<>(programme.aktiveProgramme(nutzer));
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer t = Akten.vorhanden(tabellen, id);
            if (!t.aktiv()) {
                throw FachlicherFehler.konflikt("teilnehmer.nicht.aktiv");
            }
            ZuweisungDaten d = daten == null ? new ZuweisungDaten(null, null) : daten;
            TeilnehmerTabellen.MassnahmeRahmen m = d.massnahmeId() == null ? null
                    : tabellen.massnahme(d.massnahmeId()).orElse(null);
            List<Feldfehler> fehler = new ArrayList<>();
            TeilnehmerPruefung.zuweisung(d, m, aktiv, t, fehler);
            Akten.werfen(fehler);
            tabellen.zuweisungAnlegen(id, d);
            audit.kreis(nutzer.benutzername(), "ZUGEWIESEN", OBJEKT, id, Map.of("massnahmeId",
                    d.massnahmeId().toString(), "ab", d.ab().toString()));
            return Akten.laden(tabellen, id);
        });
    }

    /** Ends a running assignment: completed, or Abbruch with its reason. */
    public TeilnehmerAkte zuweisungBeenden(Nutzer nutzer, UUID zuweisungId, long version, Zuweisungsende ende) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Zuweisungsende e = ende == null ? new Zuweisungsende(null, null, null) : ende;
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerTabellen.Zugehoerig<Zuweisung> z = tabellen.zuweisung(zuweisungId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.zuweisung.nicht.gefunden"));
            Versionen.pruefen(z.wert().version(), version);
            if (z.wert().ergebnis() != Zuweisungsergebnis.LAUFEND) {
                throw FachlicherFehler.konflikt("teilnehmer.zuweisung.beendet");
            }
            List<Feldfehler> fehler = new ArrayList<>();
            TeilnehmerPruefung.ende(e, z.wert(), fehler);
            Akten.werfen(fehler);
            Zuweisungsende sauber = new Zuweisungsende(e.ergebnis(), e.bis(),
                    e.ergebnis() == Zuweisungsergebnis.ABBRUCH ? e.abbruchgrund().trim() : null);
            aktualisiert(tabellen.zuweisungBeenden(zuweisungId, version, sauber));
            Map<String, Object> aenderung = new LinkedHashMap<>();
            aenderung.put("massnahme", z.wert().massnahme());
            aenderung.put("ergebnis", List.of(Zuweisungsergebnis.LAUFEND.name(), sauber.ergebnis().name()));
            aenderung.put("bis", sauber.bis().toString());
            if (sauber.abbruchgrund() != null) {
                aenderung.put("abbruchgrund", sauber.abbruchgrund());
            }
            audit.kreis(nutzer.benutzername(), "ZUWEISUNG_BEENDET", OBJEKT, z.teilnehmerId(), aenderung);
            return Akten.laden(tabellen, z.teilnehmerId());
        });
    }

    /** De-registers an active participant (e.g. lack of cooperation, unreachable) on {@code am}. */
    public TeilnehmerAkte abmelden(Nutzer nutzer, UUID id, long version, LocalDate am, String grund) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        if (am == null) {
            fehler.add(Feldfehler.von("am", "pflichtfeld"));
        }
        if (TeilnehmerPruefung.leer(grund)) {
            fehler.add(Feldfehler.von("grund", "teilnehmer.abmeldung.grund"));
        }
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer alt = teilnehmer(id, version);
            if (!alt.aktiv()) {
                throw FachlicherFehler.konflikt("teilnehmer.abmeldung.nicht.aktiv");
            }
            if (am.isBefore(alt.aufgenommenAm())) {
                throw FachlicherFehler.ungueltig("am", "teilnehmer.abmeldung.vor.aufnahme", alt.aufgenommenAm());
            }
            speichern(new Teilnehmer(id, alt.vorname(), alt.nachname(), alt.geburtsdatum(), alt.kommuneId(),
                    alt.sprachniveau(), alt.beschaeftigungsverbot(), alt.fallverantwortung(), alt.aufgenommenAm(), am,
                    grund.trim(), version), version);
            TeilnehmerAkte akte = Akten.laden(tabellen, id);
            audit.kreis(nutzer.benutzername(), "ABGEMELDET", OBJEKT, id, Akten.unterschied(alt, akte.teilnehmer()));
            return akte;
        });
    }

    /**
     * Takes a de-registered participant in again on {@code am}: the de-registration is cleared on the record and
     * stays in the audit log (with its date and reason); the first intake date is kept.
     */
    public TeilnehmerAkte wiederaufnehmen(Nutzer nutzer, UUID id, long version, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        if (am == null) {
            throw FachlicherFehler.ungueltig("am", "pflichtfeld");
        }
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer alt = teilnehmer(id, version);
            if (alt.aktiv()) {
                throw FachlicherFehler.konflikt("teilnehmer.wiederaufnahme.aktiv");
            }
            if (alt.abgemeldetAm() != null && am.isBefore(alt.abgemeldetAm())) {
                throw FachlicherFehler.ungueltig("am", "teilnehmer.wiederaufnahme.vor.abmeldung", alt.abgemeldetAm());
            }
            LocalDate aufnahme = alt.aufgenommenAm() == null ? am : alt.aufgenommenAm();
            speichern(new Teilnehmer(id, alt.vorname(), alt.nachname(), alt.geburtsdatum(), alt.kommuneId(),
                    alt.sprachniveau(), alt.beschaeftigungsverbot(), alt.fallverantwortung(), aufnahme, null, null,
                    version), version);
            TeilnehmerAkte akte = Akten.laden(tabellen, id);
            Map<String, Object> aenderung = new LinkedHashMap<>(Akten.unterschied(alt, akte.teilnehmer()));
            aenderung.put("wiederaufgenommenAm", am.toString());
            audit.kreis(nutzer.benutzername(), "WIEDERAUFGENOMMEN", OBJEKT, id, aenderung);
            return akte;
        });
    }

    /** For the demo data: participants of the Kreis, without audit entry. */
    long anzahl(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreisMitRolle(LESEN), tabellen::anzahl);
    }

    private Teilnehmer teilnehmer(UUID id, long version) {
        Teilnehmer t = Akten.vorhanden(tabellen, id);
        Versionen.pruefen(t.version(), version);
        return t;
    }

    private void speichern(Teilnehmer neu, long version) {
        Akten.eindeutig(() -> aktualisiert(tabellen.aendern(neu, version)));
    }

    private static void aktualisiert(boolean geschrieben) {
        if (!geschrieben) {
            throw FachlicherFehler.veraltet();
        }
    }

    private Set<UUID> eigeneKommunen(Nutzer nutzer) {
        return kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet());
    }

    private static String name(Enum<?> wert) {
        return wert == null ? null : wert.name();
    }

    private static Map<String, Object> filterAlsMap(TeilnehmerFilter f, long gesamt) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f.suche() != null && !f.suche().isBlank()) {
            m.put("suche", f.suche().trim());
        }
        if (f.kommuneId() != null) {
            m.put("kommuneId", f.kommuneId().toString());
        }
        if (f.status() != null) {
            m.put("status", f.status().name());
        }
        if (f.programm() != null) {
            m.put("programm", f.programm());
        }
        if (f.fallverantwortung() != null) {
            m.put("fallverantwortung", f.fallverantwortung());
        }
        if (f.aktiv() != null) {
            m.put("aktiv", f.aktiv());
        }
        m.put("seite", f.seite());
        m.put("treffer", gesamt);
        return m;
    }


}
