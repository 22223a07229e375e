package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.Aenderungen;
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
import de.teilhabe.platform.zielgruppe.Personendaten;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.platform.zielgruppe.Zielgruppencheck;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;

/**
 * Case management of a Kreis: participants with their residence history, intake into a program with the
 * program's target-group verdict (and a documented exception where the rule allows one), consents,
 * assignments to Maßnahmen with their outcome, de-registration and re-admission. KI-Koordination and
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
    private final Zielgruppencheck zielgruppe;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    TeilnehmerDienst(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, TeilnehmerAbfrage abfrage,
                     Zielgruppencheck zielgruppe, ProgrammDienst programme, KommunenDienst kommunen,
                     AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.abfrage = abfrage;
        this.zielgruppe = zielgruppe;
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
            TeilnehmerAkte akte = laden(id);
            audit.kreis(nutzer.benutzername(), "GELESEN", OBJEKT, id, Map.of());
            return akte;
        });
    }

    /** The verdict of every program of the Kreis on the person at {@code stichtag} (default: today). */
    public Aufnahmepruefung pruefen(Nutzer nutzer, TeilnehmerDaten person, AufenthaltDaten aufenthalt,
                                   LocalDate stichtag) {
        nutzer.kreisMitRolle(LESEN);
        return new Aufnahmepruefung(urteile(nutzer, person, aufenthalt, stichtag));
    }

    /** Takes a new person into a program: person, first residence entry, participation, consents — all or nothing. */
    public TeilnehmerAkte aufnehmen(Nutzer nutzer, AufnahmeAntrag antrag) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Aufnahmerahmen rahmen = rahmen(nutzer);
        List<Feldfehler> fehler = new ArrayList<>();
        Optional<Aufnahme> geprueft = aufnahmePruefen(antrag, rahmen, fehler);
        pruefenUndWerfen(fehler);
        Aufnahme aufnahme = geprueft.orElseThrow();
        Programmteilnahme teilnahme = aufnahme.teilnahme();
        UUID id = aufnahme.teilnehmer().id();
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer neu = mitFallverantwortung(aufnahme.teilnehmer(), teilnahme.programm());
            keinDoppel(neu, "person.nachname");
            eindeutig(() -> tabellen.anlegen(neu));
            tabellen.aufenthaltAnlegen(id, aufnahme.aufenthalt());
            tabellen.programmteilnahmeAnlegen(id, teilnahme);
            new LinkedHashSet<>(antrag.einwilligungenOderLeer()).forEach(z ->
                    tabellen.einwilligungAnlegen(id, z, antrag.aufgenommenAm()));
            TeilnehmerAkte akte = laden(id);
            Map<String, Object> aenderung = new LinkedHashMap<>(unterschied(null, akte.teilnehmer()));
            aenderung.put("aufenthalt", aufnahme.aufenthalt().status().name() + " ab " + aufnahme.aufenthalt().ab());
            aenderung.put("programm", teilnahme.programm());
            aenderung.put("einstufung", teilnahme.einstufung());
            if (aufnahme.ausnahme()) {
                aenderung.put("ausnahmeGrund", teilnahme.ausnahmeGrund());
                aenderung.put("ausnahmeGenehmigtVon", teilnahme.ausnahmeGenehmigtVon());
            }
            aenderung.put("einwilligungen", akte.einwilligungen().stream().map(e -> e.zweck().name()).toList());
            audit.kreis(nutzer.benutzername(), "AUFGENOMMEN", OBJEKT, id, aenderung);
            return akte;
        });
    }

    /**
     * Without a named case manager, the holder of the program's post responsible for the person's Kommune on the
     * intake day takes the case (RKN: Teilhabemanager 1 for Neuss and Dormagen …).
     */
    private Teilnehmer mitFallverantwortung(Teilnehmer t, String programm) {
        if (t.fallverantwortung() != null) {
            return t;
        }
        return tabellen.zustaendig(programm, t.kommuneId(), t.aufgenommenAm()).map(inhaber -> new Teilnehmer(t.id(),
                t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.sprachniveau(), t.beschaeftigungsverbot(),
                inhaber, t.aufgenommenAm(), t.abgemeldetAm(), t.abmeldegrund(), t.version())).orElse(t);
    }

    /**
     * What an intake is checked against, read once for any number of intakes: the Kreis's Kommunen (id to
     * name), its enabled programs (id to name) and today. Needs the right to write participants.
     */
    record Aufnahmerahmen(Nutzer nutzer, Map<UUID, String> kommunen, Map<String, String> programme, LocalDate heute) {
    }

    /** The rows of one checked intake, ready to be written (consents not included). */
    record Aufnahme(Teilnehmer teilnehmer, AufenthaltDaten aufenthalt, Programmteilnahme teilnahme, boolean ausnahme) {
    }

    /** Reads the {@link Aufnahmerahmen} of the user's Kreis (each part in its own short read transaction). */
    Aufnahmerahmen rahmen(Nutzer nutzer) {
        nutzer.kreisMitRolle(SCHREIBEN);
        Map<UUID, String> eigene = new LinkedHashMap<>();
        kommunen.liste(nutzer).forEach(k -> eigene.put(k.id(), k.name()));
        Map<String, String> aktiv = new LinkedHashMap<>();
        programme.liste(nutzer).stream().filter(p -> Boolean.TRUE.equals(p.aktiv()))
                .forEach(p -> aktiv.put(p.id(), p.name()));
        return new Aufnahmerahmen(nutzer, Map.copyOf(eigene), Map.copyOf(aktiv), LocalDate.now());
    }

    /**
     * Checks one intake — input rules, the program enabled, the program's target-group verdict at the intake
     * date, the documented exception — and adds its field errors; returns the rows to write when there are none.
     * Reads nothing from the database (the duplicate check is the caller's) and calls only the chosen
     * program's rule, so an import runs it for every row inside its one Kreis transaction.
     */
    Optional<Aufnahme> aufnahmePruefen(AufnahmeAntrag antrag, Aufnahmerahmen rahmen, List<Feldfehler> fehler) {
        int vorher = fehler.size();
        LocalDate heute = rahmen.heute();
        TeilnehmerDaten person = antrag.person();
        TeilnehmerPruefung.person(person, rahmen.kommunen().keySet(), heute, "person.", fehler);
        LocalDate geburt = person == null ? null : person.geburtsdatum();
        // a birth date in the future is reported once, not again as "before birth" at every other date
        LocalDate vergleich = geburt != null && geburt.isAfter(heute) ? null : geburt;
        TeilnehmerPruefung.aufenthalt(antrag.aufenthalt(), vergleich, "aufenthalt.", fehler);
        if (TeilnehmerPruefung.leer(antrag.programm())) {
            fehler.add(Feldfehler.von("programm", "pflichtfeld"));
        }
        if (antrag.aufgenommenAm() == null) {
            fehler.add(Feldfehler.von("aufgenommenAm", "pflichtfeld"));
        } else if (vergleich != null && antrag.aufgenommenAm().isBefore(vergleich)) {
            fehler.add(Feldfehler.von("aufgenommenAm", "teilnehmer.aufnahme.vor.geburt"));
        }
        if (antrag.freigabe() != null && antrag.freigabeAm() == null) {
            fehler.add(Feldfehler.von("freigabeAm", "pflichtfeld"));
        }
        if (fehler.size() > vorher) {
            return Optional.empty();
        }
        String programm = antrag.programm().trim();
        if (!rahmen.programme().containsKey(programm)) {
            fehler.add(Feldfehler.von("programm", "teilnehmer.programm.nicht.aktiv", programm));
            return Optional.empty();
        }
        Programmurteil urteil = urteile(rahmen.nutzer(), List.of(programm), person, antrag.aufenthalt(),
                antrag.aufgenommenAm()).stream().filter(u -> u.programmId().equals(programm)).findFirst()
                .orElse(null);
        if (urteil == null || urteil.einstufung() == null) {
            fehler.add(Feldfehler.von("programm", "teilnehmer.programm.fehler",
                    urteil == null ? rahmen.programme().get(programm) : urteil.programm()));
            return Optional.empty();
        }
        TeilnehmerPruefung.ausnahme(antrag, urteil, fehler);
        if (fehler.size() > vorher) {
            return Optional.empty();
        }
        boolean ausnahme = !"PRIMAER".equals(urteil.einstufung()) && !"SEKUNDAER".equals(urteil.einstufung());
        Teilnehmer neu = new Teilnehmer(UUID.randomUUID(), person.vorname().trim(), person.nachname().trim(), geburt,
                person.kommuneId(), leer(person.sprachniveau()), person.beschaeftigungsverbot(),
                leer(person.fallverantwortung()), antrag.aufgenommenAm(), null, null, 0L);
        Programmteilnahme teilnahme = new Programmteilnahme(UUID.randomUUID(), programm, antrag.aufgenommenAm(),
                urteil.einstufung(), urteil.begruendungen(), ausnahme ? antrag.ausnahmeGrund().trim() : null,
                ausnahme ? antrag.ausnahmeGenehmigtVon().trim() : null, antrag.freigabe(),
                antrag.freigabe() == null ? null : antrag.freigabeAm(), 0L);
        return Optional.of(new Aufnahme(neu, antrag.aufenthalt(), teilnahme, ausnahme));
    }

    /** Changes the person's data (not intake or de-registration). */
    public TeilnehmerAkte aendern(Nutzer nutzer, UUID id, long version, TeilnehmerDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.person(daten, eigeneKommunen(nutzer), LocalDate.now(), "", fehler);
        pruefenUndWerfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer alt = teilnehmer(id, version);
            if (alt.aufgenommenAm() != null && alt.aufgenommenAm().isBefore(daten.geburtsdatum())) {
                throw FachlicherFehler.ungueltig("geburtsdatum", "teilnehmer.aufnahme.vor.geburt");
            }
            Teilnehmer neu = new Teilnehmer(id, daten.vorname().trim(), daten.nachname().trim(),
                    daten.geburtsdatum(), daten.kommuneId(), leer(daten.sprachniveau()), daten.beschaeftigungsverbot(),
                    leer(daten.fallverantwortung()), alt.aufgenommenAm(), alt.abgemeldetAm(), alt.abmeldegrund(),
                    version);
            keinDoppel(neu, "nachname");
            speichern(neu, version);
            TeilnehmerAkte akte = laden(id);
            audit.kreis(nutzer.benutzername(), "GEAENDERT", OBJEKT, id, unterschied(alt, akte.teilnehmer()));
            return akte;
        });
    }

    /** Appends a residence status to the history. */
    public TeilnehmerAkte aufenthaltErfassen(Nutzer nutzer, UUID id, AufenthaltDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer t = vorhanden(id);
            List<Feldfehler> fehler = new ArrayList<>();
            TeilnehmerPruefung.aufenthalt(daten, t.geburtsdatum(), "", fehler);
            pruefenUndWerfen(fehler);
            tabellen.aufenthaltAnlegen(id, daten);
            audit.kreis(nutzer.benutzername(), "AUFENTHALT", OBJEKT, id, Map.of("status", daten.status().name(),
                    "ab", daten.ab().toString()));
            return laden(id);
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
        pruefenUndWerfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerTabellen.Zugehoerig<Programmteilnahme> p = tabellen.programmteilnahme(programmteilnahmeId)
                    .orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.programm.nicht.gefunden"));
            Versionen.pruefen(p.wert().version(), version);
            aktualisiert(tabellen.freigabeSetzen(programmteilnahmeId, version, freigabe, am));
            audit.kreis(nutzer.benutzername(), "FREIGABE", OBJEKT, p.teilnehmerId(), Map.of(
                    "programm", p.wert().programm(),
                    "freigabe", Arrays.asList(name(p.wert().freigabe()), freigabe.name()),
                    "am", am.toString()));
            return laden(p.teilnehmerId());
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
        pruefenUndWerfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            vorhanden(id);
            if (tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.widerrufenAm() == null)) {
                throw FachlicherFehler.ungueltig("zweck", "teilnehmer.einwilligung.besteht");
            }
            tabellen.einwilligungAnlegen(id, zweck, am);
            audit.kreis(nutzer.benutzername(), "EINWILLIGUNG", OBJEKT, id, Map.of("zweck", zweck.name(),
                    "erteiltAm", am.toString()));
            return laden(id);
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
            return laden(e.teilnehmerId());
        });
    }

    /** Whether the participant's data may be shared for {@code zweck} on {@code am}: only with a consent valid that day. */
    public boolean darfTeilen(Nutzer nutzer, UUID id, Einwilligungszweck zweck, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        if (zweck == null || am == null) {
            return false;
        }
        return transaktion.lesen(kreis, () -> {
            vorhanden(id);
            return tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.gueltigAm(am));
        });
    }

    /** Assigns an active participant to a Maßnahme from {@code ab} on (outcome LAUFEND). */
    public TeilnehmerAkte zuweisen(Nutzer nutzer, UUID id, ZuweisungDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Set<String> aktiv = new HashSet<>(programme.aktiveProgramme(nutzer));
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer t = vorhanden(id);
            if (!t.aktiv()) {
                throw FachlicherFehler.konflikt("teilnehmer.nicht.aktiv");
            }
            ZuweisungDaten d = daten == null ? new ZuweisungDaten(null, null) : daten;
            TeilnehmerTabellen.MassnahmeRahmen m = d.massnahmeId() == null ? null
                    : tabellen.massnahme(d.massnahmeId()).orElse(null);
            List<Feldfehler> fehler = new ArrayList<>();
            TeilnehmerPruefung.zuweisung(d, m, aktiv, t, fehler);
            pruefenUndWerfen(fehler);
            tabellen.zuweisungAnlegen(id, d);
            audit.kreis(nutzer.benutzername(), "ZUGEWIESEN", OBJEKT, id, Map.of("massnahmeId",
                    d.massnahmeId().toString(), "ab", d.ab().toString()));
            return laden(id);
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
            pruefenUndWerfen(fehler);
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
            return laden(z.teilnehmerId());
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
        pruefenUndWerfen(fehler);
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
            TeilnehmerAkte akte = laden(id);
            audit.kreis(nutzer.benutzername(), "ABGEMELDET", OBJEKT, id, unterschied(alt, akte.teilnehmer()));
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
            TeilnehmerAkte akte = laden(id);
            Map<String, Object> aenderung = new LinkedHashMap<>(unterschied(alt, akte.teilnehmer()));
            aenderung.put("wiederaufgenommenAm", am.toString());
            audit.kreis(nutzer.benutzername(), "WIEDERAUFGENOMMEN", OBJEKT, id, aenderung);
            return akte;
        });
    }

    /** For the demo data: participants of the Kreis, without audit entry. */
    long anzahl(Nutzer nutzer) {
        return transaktion.lesen(nutzer.kreisMitRolle(LESEN), tabellen::anzahl);
    }

    private List<Programmurteil> urteile(Nutzer nutzer, TeilnehmerDaten person, AufenthaltDaten aufenthalt,
                                        LocalDate stichtag) {
        return zielgruppe.pruefen(nutzer, personendaten(person, aufenthalt, stichtag));
    }

    private List<Programmurteil> urteile(Nutzer nutzer, List<String> programmIds, TeilnehmerDaten person,
                                        AufenthaltDaten aufenthalt, LocalDate stichtag) {
        return zielgruppe.pruefen(nutzer, programmIds, personendaten(person, aufenthalt, stichtag));
    }

    private static Personendaten personendaten(TeilnehmerDaten person, AufenthaltDaten aufenthalt,
                                               LocalDate stichtag) {
        LocalDate geburt = person == null ? null : person.geburtsdatum();
        String status = aufenthalt == null || aufenthalt.status() == null ? null : aufenthalt.status().name();
        return new Personendaten(geburt, status, Set.of(), Set.of(), stichtag);
    }

    private TeilnehmerAkte laden(UUID id) {
        Teilnehmer t = vorhanden(id);
        List<Aufenthalt> aufenthalte = tabellen.aufenthalte(id);
        LocalDate heute = LocalDate.now();
        Optional<Aufenthalt> aktuell = aufenthalte.stream().filter(a -> !a.ab().isAfter(heute)).findFirst();
        return new TeilnehmerAkte(t, tabellen.kommune(t.kommuneId()), aktuell.map(Aufenthalt::status).orElse(null),
                aufenthalte, tabellen.programme(id), tabellen.einwilligungen(id), tabellen.zuweisungen(id));
    }

    private Teilnehmer vorhanden(UUID id) {
        return tabellen.teilnehmer(id).orElseThrow(() -> FachlicherFehler.nichtGefunden("teilnehmer.nicht.gefunden"));
    }

    private Teilnehmer teilnehmer(UUID id, long version) {
        Teilnehmer t = vorhanden(id);
        Versionen.pruefen(t.version(), version);
        return t;
    }

    private void speichern(Teilnehmer neu, long version) {
        eindeutig(() -> aktualisiert(tabellen.aendern(neu, version)));
    }

    private void keinDoppel(Teilnehmer t, String feld) {
        if (tabellen.doppelt(t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.id())) {
            throw FachlicherFehler.ungueltig(feld, "teilnehmer.doppelt");
        }
    }

    /** A concurrent duplicate that slipped past {@link #keinDoppel} hits the unique index: same message. */
    private static void eindeutig(Runnable schreiben) {
        try {
            schreiben.run();
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                throw FachlicherFehler.ungueltig("person.nachname", "teilnehmer.doppelt");
            }
            throw e;
        }
    }

    private static void aktualisiert(boolean geschrieben) {
        if (!geschrieben) {
            throw FachlicherFehler.veraltet();
        }
    }

    private Set<UUID> eigeneKommunen(Nutzer nutzer) {
        return kommunen.liste(nutzer).stream().map(Kommune::id).collect(Collectors.toSet());
    }

    private static void pruefenUndWerfen(List<Feldfehler> fehler) {
        if (!fehler.isEmpty()) {
            throw FachlicherFehler.ungueltig(fehler);
        }
    }

    private static String leer(String text) {
        return text == null || text.isBlank() ? null : text.trim();
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

    private static Map<String, Object> unterschied(Teilnehmer alt, Teilnehmer neu) {
        return Aenderungen.zwischen(alt, neu,
                Aenderungen.feld("vorname", Teilnehmer::vorname),
                Aenderungen.feld("nachname", Teilnehmer::nachname),
                Aenderungen.feld("geburtsdatum", Teilnehmer::geburtsdatum),
                Aenderungen.feld("kommuneId", Teilnehmer::kommuneId),
                Aenderungen.feld("sprachniveau", Teilnehmer::sprachniveau),
                Aenderungen.feld("beschaeftigungsverbot", Teilnehmer::beschaeftigungsverbot),
                Aenderungen.feld("fallverantwortung", Teilnehmer::fallverantwortung),
                Aenderungen.feld("aufgenommenAm", Teilnehmer::aufgenommenAm),
                Aenderungen.feld("abgemeldetAm", Teilnehmer::abgemeldetAm),
                Aenderungen.feld("abmeldegrund", Teilnehmer::abmeldegrund));
    }
}
