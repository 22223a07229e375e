package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Eingabepruefung;
import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.programm.ProgrammDienst;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.platform.zielgruppe.Zielgruppencheck;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Intake into a program: of a new person (the person, the Kommune from the intake on, the first residence status,
 * work ban and exclusion facts, the participation, the ABH clearance and the consents, all at once), and of a
 * person already recorded — into another program, or again after a de-registration (a new episode, ADR 0002). The
 * verdict is the program's rule on the history at the intake day; „nicht entscheidbar“ is recorded as an open
 * clarification with a due date, „nicht Zielgruppe“ only as a documented exception where the rule allows one. The
 * bulk import checks each row with {@link #aufnahmePruefen}. Later changes are {@link TeilnehmerDienst}'s,
 * {@link Teilnahmen}' and {@link Verlaufseintraege}'.
 */
@Singleton
@Geprueft
public class TeilnehmerAufnahme {

    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Verlaufspflege pflege;
    private final Urteile urteile;
    private final Zielgruppencheck zielgruppe;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;
    private final Eingabepruefung eingabe;

    TeilnehmerAufnahme(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
                       Verlaufspflege pflege, Urteile urteile, Zielgruppencheck zielgruppe, ProgrammDienst programme,
                       KommunenDienst kommunen, AuditProtokoll audit, Eingabepruefung eingabe) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.pflege = pflege;
        this.urteile = urteile;
        this.zielgruppe = zielgruppe;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
        this.eingabe = eingabe;
    }

    /**
     * The verdict of every program of the Kreis on the person at {@code stichtag} (default: today), and the people
     * already recorded whom this may be.
     */
    public Aufnahmepruefung pruefen(Nutzer nutzer, TeilnehmerDaten person, AufenthaltDaten aufenthalt,
                                   LocalDate stichtag) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        LocalDate tag = stichtag == null ? LocalDate.now() : stichtag;
        if (person != null && person.kommuneId() != null && kommunen.liste(nutzer).stream()
                .noneMatch(k -> k.id().equals(person.kommuneId()))) {
            throw FachlicherFehler.verweis("person.kommuneId", "kommune.fremd");
        }
        Personenverlauf v = geplant(UUID.randomUUID(), person, aufenthalt, List.of(), tag, "", Map.of());
        List<Programmurteil> u = zielgruppe.pruefen(nutzer, Urteile.personendaten(v, tag));
        List<Personenhinweis> bestehende = person == null || TeilnehmerPruefung.leer(person.vorname())
                || TeilnehmerPruefung.leer(person.nachname()) ? List.of()
                : transaktion.lesen(kreis, () -> tabellen.aehnliche(person.vorname().trim(), person.nachname().trim(),
                person.geburtsdatum()));
        return new Aufnahmepruefung(u, bestehende);
    }

    /** Takes a new person into a program — all or nothing. */
    public TeilnehmerAkte aufnehmen(Nutzer nutzer, AufnahmeAntrag antrag) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Aufnahmerahmen rahmen = rahmen(nutzer);
        List<Feldfehler> fehler = new ArrayList<>();
        Optional<Aufnahme> geprueft = aufnahmePruefen(antrag, rahmen, fehler);
        Akten.werfen(fehler);
        Aufnahme aufnahme = geprueft.orElseThrow();
        UUID id = aufnahme.teilnehmer().id();
        return transaktion.schreiben(kreis, () -> {
            Programmteilnahme teilnahme = mitFallverantwortung(aufnahme.teilnahme(), aufnahme.teilnehmer().kommuneId());
            Akten.keinDoppel(tabellen, aufnahme.teilnehmer(), "person.nachname");
            pflege.pruefen(nutzer, null, aufnahme.verlauf(), "aufgenommenAm");
            Akten.eindeutig(() -> schreiben(aufnahme.teilnehmer(), aufnahme.verlauf(), teilnahme));
            new LinkedHashSet<>(antrag.einwilligungenOderLeer()).forEach(z ->
                    tabellen.einwilligungAnlegen(id, z, antrag.aufgenommenAm()));
            TeilnehmerAkte akte = Akten.laden(tabellen, verlauf, id);
            List<String> felder = new ArrayList<>(Akten.unterschied(null, akte.teilnehmer()));
            if (!aufnahme.verlauf().aufenthalte().isEmpty()) {
                felder.add("aufenthalt");
            }
            felder.addAll(List.of("programm", "aufgenommenAm", "einstufung"));
            if (teilnahme.ausnahme()) {
                felder.addAll(List.of("ausnahmeGrund", "ausnahmeGenehmigtVon"));
            }
            if (teilnahme.klaerungOffen()) {
                felder.add("klaerungBis");
            }
            if (!aufnahme.verlauf().merkmale().isEmpty()) {
                felder.add("merkmale");
            }
            if (!akte.einwilligungen().isEmpty()) {
                felder.add("einwilligungen");
            }
            audit.person(nutzer.benutzername(), "AUFGENOMMEN", TeilnehmerDienst.OBJEKT, id, felder);
            return akte;
        });
    }

    /**
     * Takes a person already recorded into {@code antrag.programm()} — into another program, or again after a
     * de-registration: a new episode with its own verdict at {@code aufgenommenAm}, exception and case manager.
     */
    public TeilnehmerAkte teilnehmen(Nutzer nutzer, UUID teilnehmerId, TeilnahmeAntrag antrag) {
        return teilnehmen(nutzer, teilnehmerId, antrag, () -> { });
    }

    /**
     * {@link #teilnehmen}, with {@code zuerst} run first in the same transaction (e.g. the record's version check).
     * The interceptor does not see this method, so {@code a} is checked against its constraints here (the
     * re-admission builds it from what it was given).
     */
    TeilnehmerAkte teilnehmen(Nutzer nutzer, UUID teilnehmerId, TeilnahmeAntrag a, Runnable zuerst) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        eingabe.pruefen(a);
        List<Feldfehler> fehler = new ArrayList<>();
        String programm = programmPruefen(a.programm(), rahmen(nutzer), fehler);
        Akten.werfen(fehler);
        return transaktion.schreiben(kreis, () -> {
            zuerst.run();
            Personenverlauf alt = pflege.laden(teilnehmerId);
            Programmteilnahme neu = teilnahme(nutzer, programm, alt, a.aufgenommenAm(), a.ausnahmeGrund(),
                    a.ausnahmeGenehmigtVon(), a.klaerungBis(), Akten.text(a.fallverantwortung()));
            Programmteilnahme mitFall = alt.wohnortAm(neu.aufgenommenAm())
                    .map(w -> mitFallverantwortung(neu, w.kommuneId())).orElse(neu);
            boolean wieder = alt.teilnahmen().stream().anyMatch(t -> t.programm().equals(programm));
            List<String> felder = new ArrayList<>(List.of("programm", "aufgenommenAm", "einstufung"));
            if (mitFall.ausnahme()) {
                felder.addAll(List.of("ausnahmeGrund", "ausnahmeGenehmigtVon"));
            }
            Verlaufspflege.Aenderung aenderung = new Verlaufspflege.Aenderung("aufgenommenAm", v -> v.mit(mitFall),
                    v -> verlauf.teilnahmeAnlegen(teilnehmerId, mitFall),
                    wieder ? "WIEDERAUFGENOMMEN" : "TEILNAHME_BEGONNEN", felder);
            return pflege.aendern(nutzer, teilnehmerId, aenderung);
        });
    }

    /**
     * A participation of {@code programm} from {@code tag} with the program's verdict on the history then: a
     * documented exception only where the rule allows one, an open clarification where it cannot decide. The
     * history import builds re-admissions and intakes of people already recorded with it, too.
     */
    Programmteilnahme teilnahme(Nutzer nutzer, String programm, Personenverlauf v, LocalDate tag,
                                String ausnahmeGrund, String genehmigtVon, LocalDate klaerungBis,
                                String fallverantwortung) {
        Programmurteil urteil = urteile.urteil(nutzer, programm, v, tag).orElseThrow(() ->
                FachlicherFehler.ungueltig("programm", "teilnehmer.programm.fehler", programm));
        List<Feldfehler> fehler = new ArrayList<>();
        TeilnehmerPruefung.ausnahme(ausnahmeGrund, genehmigtVon, urteil, fehler);
        Akten.werfen(fehler);
        return neueTeilnahme(programm, tag, urteil, ausnahmeGrund, genehmigtVon, klaerungBis, fallverantwortung,
                nutzer.benutzername());
    }

    private static Programmteilnahme neueTeilnahme(String programm, LocalDate tag, Programmurteil urteil,
                                                   String ausnahmeGrund, String genehmigtVon, LocalDate klaerungBis,
                                                   String fallverantwortung, String von) {
        boolean ausnahme = Programmteilnahme.NICHT_ZIELGRUPPE.equals(urteil.einstufung());
        LocalDate klaerung = Programmteilnahme.NICHT_ENTSCHEIDBAR.equals(urteil.einstufung())
                ? (klaerungBis != null ? klaerungBis : LocalDate.now().plusDays(Urteile.KLAERUNG_TAGE)) : null;
        return new Programmteilnahme(UUID.randomUUID(), programm, tag, null, null, null, urteil.einstufung(),
                urteil.begruendungen(), ausnahme ? ausnahmeGrund.trim() : null, ausnahme ? genehmigtVon.trim() : null,
                fallverantwortung, klaerung, null, null, 0L, Instant.now(), von);
    }

    /**
     * Without a named case manager, the holder of the program's post responsible for the person's Kommune on the
     * intake day takes the case (RKN: Teilhabemanager 1 for Neuss and Dormagen …).
     */
    private Programmteilnahme mitFallverantwortung(Programmteilnahme t, UUID kommuneId) {
        if (t.fallverantwortung() != null) {
            return t;
        }
        return tabellen.zustaendig(t.programm(), kommuneId, t.aufgenommenAm()).map(inhaber -> new Programmteilnahme(
                t.id(), t.programm(), t.aufgenommenAm(), t.abgemeldetAm(), t.abmeldegrund(), t.abmeldeart(),
                t.einstufung(), t.begruendungen(), t.ausnahmeGrund(), t.ausnahmeGenehmigtVon(), inhaber,
                t.klaerungBis(), t.freigabe(), t.freigabeAm(), t.version(), t.erfasstAm(), t.erfasstVon())).orElse(t);
    }

    /** Writes a new person with the history of the intake. */
    private void schreiben(Teilnehmer t, Personenverlauf v, Programmteilnahme teilnahme) {
        Teilnehmer mitFall = t.fallverantwortung() != null || teilnahme.fallverantwortung() == null ? t
                : new Teilnehmer(t.id(), t.vorname(), t.nachname(), t.geburtsdatum(), t.kommuneId(), t.sprachniveau(),
                teilnahme.fallverantwortung(), null, null, null, 0L);
        tabellen.anlegen(mitFall);
        v.wohnorte().forEach(w -> verlauf.wohnortAnlegen(t.id(), w));
        v.aufenthalte().forEach(a -> verlauf.aufenthaltAnlegen(t.id(), a));
        v.merkmale().forEach(m -> verlauf.merkmalAnlegen(t.id(), m));
        v.freigaben().forEach(f -> verlauf.freigabeAnlegen(t.id(), f));
        verlauf.teilnahmeAnlegen(t.id(), teilnahme);
    }

    /**
     * What an intake is checked against, read once for any number of intakes: the Kreis's Kommunen (id to
     * name), its enabled programs (id to name) and today. Needs the right to write participants.
     */
    record Aufnahmerahmen(Nutzer nutzer, Map<UUID, String> kommunen, Map<String, String> programme, LocalDate heute) {
    }

    /** The rows of one checked intake, ready to be written (consents not included). */
    record Aufnahme(Teilnehmer teilnehmer, Personenverlauf verlauf, Programmteilnahme teilnahme) {

        boolean ausnahme() {
            return teilnahme.ausnahme();
        }
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
     * Checks one intake — the input's constraints ({@link Eingabepruefung}), input rules, the program enabled, the program's target-group verdict on the intake day,
     * the documented exception, the history's rules — and adds its field errors; returns what to write when there
     * are none. Reads nothing from the database (the duplicate check is the caller's) and calls only the chosen
     * program's rule, so an import runs it for every row inside its one Kreis transaction.
     */
    Optional<Aufnahme> aufnahmePruefen(AufnahmeAntrag antrag, Aufnahmerahmen rahmen, List<Feldfehler> fehler) {
        int vorher = fehler.size();
        fehler.addAll(eingabe.fehler(antrag));
        LocalDate heute = rahmen.heute();
        TeilnehmerDaten person = antrag.person();
        TeilnehmerPruefung.person(person, rahmen.kommunen().keySet(), heute, "person.", fehler);
        LocalDate geburt = person == null ? null : person.geburtsdatum();
        // a birth date in the future is reported once, not again as "before birth" at every other date
        LocalDate vergleich = geburt != null && geburt.isAfter(heute) ? null : geburt;
        if (antrag.aufenthalt() != null) {
            TeilnehmerPruefung.aufenthalt(antrag.aufenthalt(), vergleich, "aufenthalt.", fehler);
        }
        for (int i = 0; i < antrag.merkmaleOderLeer().size(); i++) {
            TeilnehmerPruefung.merkmal(antrag.merkmaleOderLeer().get(i), vergleich, "merkmale[" + i + "].", fehler);
        }
        String programm = programmPruefen(antrag.programm(), rahmen, fehler);
        LocalDate am = antrag.aufgenommenAm();
        if (am != null && vergleich != null && am.isBefore(vergleich)) {
            fehler.add(Feldfehler.von("aufgenommenAm", "teilnehmer.aufnahme.vor.geburt"));
        } else if (am != null && am.isAfter(heute)) {
            fehler.add(Feldfehler.von("aufgenommenAm", "teilnehmer.datum.zukunft", am));
        }
        if (antrag.freigabe() != null && antrag.freigabeAm() == null) {
            fehler.add(Feldfehler.von("freigabeAm", "pflichtfeld"));
        }
        if (fehler.size() > vorher) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        String von = rahmen.nutzer().benutzername();
        Personenverlauf v = geplant(id, person, antrag.aufenthalt(), antrag.merkmaleOderLeer(), antrag.aufgenommenAm(),
                von, rahmen.kommunen());
        if (antrag.freigabe() != null) {
            v = v.mit(new Freigabeeintrag(UUID.randomUUID(), programm, antrag.freigabe(), antrag.freigabeAm(), null,
                    Instant.now(), von));
        }
        Programmurteil urteil = urteile.urteil(rahmen.nutzer(), programm, v, antrag.aufgenommenAm()).orElse(null);
        if (urteil == null) {
            fehler.add(Feldfehler.von("programm", "teilnehmer.programm.fehler", rahmen.programme().get(programm)));
            return Optional.empty();
        }
        TeilnehmerPruefung.ausnahme(antrag.ausnahmeGrund(), antrag.ausnahmeGenehmigtVon(), urteil, fehler);
        if (fehler.size() > vorher) {
            return Optional.empty();
        }
        Teilnehmer neu = new Teilnehmer(id, person.vorname().trim(), person.nachname().trim(), geburt,
                person.kommuneId(), Akten.text(person.sprachniveau()), Akten.text(person.fallverantwortung()),
                null, null, null, 0L);
        Programmteilnahme teilnahme = neueTeilnahme(programm, antrag.aufgenommenAm(), urteil, antrag.ausnahmeGrund(),
                antrag.ausnahmeGenehmigtVon(), antrag.klaerungBis(), Akten.text(person.fallverantwortung()), von);
        Personenverlauf mitTeilnahme = v.mit(teilnahme);
        fehler.addAll(Verlaufsregeln.neue(null, mitTeilnahme, heute, (p, z) -> false, id2 -> id2, "aufgenommenAm"));
        return fehler.size() > vorher ? Optional.empty() : Optional.of(new Aufnahme(neu, mitTeilnahme, teilnahme));
    }

    /**
     * The program, trimmed, if enabled in the Kreis (an error on {@code programm} otherwise); {@code null} without
     * an error if none is given — the request records require it ({@code @NotBlank}), the history import names it.
     */
    static String programmPruefen(String programm, Aufnahmerahmen rahmen, List<Feldfehler> fehler) {
        if (TeilnehmerPruefung.leer(programm)) {
            return null;
        }
        String p = programm.trim();
        if (!rahmen.programme().containsKey(p)) {
            fehler.add(Feldfehler.von("programm", "teilnehmer.programm.nicht.aktiv", p));
            return null;
        }
        return p;
    }

    /**
     * The history a new person would have: the Kommune from the intake day, the residence status from its date, the
     * facts known — what the verdict and the rules look at before anything is written.
     */
    private static Personenverlauf geplant(UUID id, TeilnehmerDaten person, AufenthaltDaten aufenthalt,
                                           List<MerkmalDaten> merkmale, LocalDate tag, String von,
                                           Map<UUID, String> kommunen) {
        Personenverlauf v = Personenverlauf.neu(id, person == null ? null : person.geburtsdatum());
        Instant jetzt = Instant.now();
        if (person != null && person.kommuneId() != null && tag != null) {
            v = v.mit(new Wohnort(UUID.randomUUID(), person.kommuneId(),
                    kommunen.getOrDefault(person.kommuneId(), ""), tag, null, jetzt, von));
        }
        if (aufenthalt != null && aufenthalt.status() != null && aufenthalt.ab() != null) {
            v = v.mit(new Aufenthalt(UUID.randomUUID(), aufenthalt.status(), aufenthalt.ab(), null,
                    Akten.text(aufenthalt.notiz()), jetzt, von));
        }
        for (MerkmalDaten m : merkmale) {
            if (m != null && m.merkmal() != null && m.ab() != null) {
                v = v.mit(new Merkmaleintrag(UUID.randomUUID(), m.merkmal(), m.ab(), m.bis(), Akten.text(m.notiz()),
                        jetzt, von));
            }
        }
        return v;
    }
}
