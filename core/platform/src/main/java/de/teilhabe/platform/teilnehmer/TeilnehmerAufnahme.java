package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Feldfehler;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Intake of a person into a program: every enabled program's target-group verdict with its reasons, then the person,
 * the first residence entry, the participation (a documented exception where the rule allows one) and the consents
 * written at once; without a named case manager the holder of the program's post for the Kommune takes the case.
 * The bulk import checks each row with {@link #aufnahmePruefen}. Changes after intake are {@link TeilnehmerDienst}'s.
 */
@Singleton
public class TeilnehmerAufnahme {

    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Zielgruppencheck zielgruppe;
    private final ProgrammDienst programme;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    TeilnehmerAufnahme(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Zielgruppencheck zielgruppe,
                       ProgrammDienst programme, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.zielgruppe = zielgruppe;
        this.programme = programme;
        this.kommunen = kommunen;
        this.audit = audit;
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
        Akten.werfen(fehler);
        Aufnahme aufnahme = geprueft.orElseThrow();
        Programmteilnahme teilnahme = aufnahme.teilnahme();
        UUID id = aufnahme.teilnehmer().id();
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer neu = mitFallverantwortung(aufnahme.teilnehmer(), teilnahme.programm());
            Akten.keinDoppel(tabellen, neu, "person.nachname");
            Akten.eindeutig(() -> tabellen.anlegen(neu));
            tabellen.aufenthaltAnlegen(id, aufnahme.aufenthalt());
            tabellen.programmteilnahmeAnlegen(id, teilnahme);
            new LinkedHashSet<>(antrag.einwilligungenOderLeer()).forEach(z ->
                    tabellen.einwilligungAnlegen(id, z, antrag.aufgenommenAm()));
            TeilnehmerAkte akte = Akten.laden(tabellen, id);
            Map<String, Object> aenderung = new LinkedHashMap<>(Akten.unterschied(null, akte.teilnehmer()));
            aenderung.put("aufenthalt", aufnahme.aufenthalt().status().name() + " ab " + aufnahme.aufenthalt().ab());
            aenderung.put("programm", teilnahme.programm());
            aenderung.put("einstufung", teilnahme.einstufung());
            if (aufnahme.ausnahme()) {
                aenderung.put("ausnahmeGrund", teilnahme.ausnahmeGrund());
                aenderung.put("ausnahmeGenehmigtVon", teilnahme.ausnahmeGenehmigtVon());
            }
            aenderung.put("einwilligungen", akte.einwilligungen().stream().map(e -> e.zweck().name()).toList());
            audit.kreis(nutzer.benutzername(), "AUFGENOMMEN", TeilnehmerDienst.OBJEKT, id, aenderung);
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
                person.kommuneId(), Akten.text(person.sprachniveau()), person.beschaeftigungsverbot(),
                Akten.text(person.fallverantwortung()), antrag.aufgenommenAm(), null, null, 0L);
        Programmteilnahme teilnahme = new Programmteilnahme(UUID.randomUUID(), programm, antrag.aufgenommenAm(),
                urteil.einstufung(), urteil.begruendungen(), ausnahme ? antrag.ausnahmeGrund().trim() : null,
                ausnahme ? antrag.ausnahmeGenehmigtVon().trim() : null, antrag.freigabe(),
                antrag.freigabe() == null ? null : antrag.freigabeAm(), 0L);
        return Optional.of(new Aufnahme(neu, antrag.aufenthalt(), teilnahme, ausnahme));
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
}
