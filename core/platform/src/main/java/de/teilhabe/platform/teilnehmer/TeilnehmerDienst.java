package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.fehler.Geprueft;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.fehler.Versionen;
import de.teilhabe.platform.kommune.Kommune;
import de.teilhabe.platform.kommune.KommunenDienst;
import de.teilhabe.platform.mandant.KreisTransaktion;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.sicherheit.Rolle;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Case management of a Kreis after intake ({@link TeilnehmerAufnahme}): search and the record, the person's own
 * data and consents. The dated history is {@link Verlaufseintraege}' (Kommune, status, work ban, clearances),
 * {@link Teilnahmen}' (participations) and {@link Zuweisungen}' (assignments). KI-Koordination and
 * Case-Management read and write, the Kreis-Admin reads; every change and every reading of a record is in
 * the Kreis's audit log under object type {@code Teilnehmer} and the participant's id.
 */
@Singleton
@Geprueft
public class TeilnehmerDienst {

    static final String OBJEKT = "Teilnehmer";
    private static final Rolle[] LESEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT, Rolle.KREIS_ADMIN};
    private static final Rolle[] SCHREIBEN = {Rolle.KI_KOORDINATION, Rolle.CASE_MANAGEMENT};

    private final KreisTransaktion transaktion;
    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Verlaufspflege pflege;
    private final TeilnehmerAbfrage abfrage;
    private final KommunenDienst kommunen;
    private final AuditProtokoll audit;

    TeilnehmerDienst(KreisTransaktion transaktion, TeilnehmerTabellen tabellen, Verlaufstabellen verlauf,
                     Verlaufspflege pflege, TeilnehmerAbfrage abfrage, KommunenDienst kommunen, AuditProtokoll audit) {
        this.transaktion = transaktion;
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.pflege = pflege;
        this.abfrage = abfrage;
        this.kommunen = kommunen;
        this.audit = audit;
    }

    /**
     * One page of participants; the search itself (not each row) is audited as {@code GESUCHT} with the filter's
     * fields used, the page and the hits — not what was searched for.
     */
    public Trefferliste suchen(Nutzer nutzer, TeilnehmerFilter filter) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        TeilnehmerFilter f = filter == null ? TeilnehmerFilter.alle() : filter;
        return transaktion.schreiben(kreis, () -> {
            Trefferliste liste = abfrage.suchen(f);
            audit.personen(nutzer.benutzername(), "GESUCHT", OBJEKT, filterfelder(f),
                    Map.of("seite", f.seite(), "treffer", liste.gesamt()));
            return liste;
        });
    }

    /** The participant's record; the reading is audited as {@code GELESEN}. */
    public TeilnehmerAkte akte(Nutzer nutzer, UUID id) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        return transaktion.schreiben(kreis, () -> {
            TeilnehmerAkte akte = Akten.laden(tabellen, verlauf, id);
            audit.person(nutzer.benutzername(), "GELESEN", OBJEKT, id, List.of());
            return akte;
        });
    }

    /**
     * Changes the person's own data. The Kommune changes only by a move with its date ({@link Verlaufseintraege});
     * a birth date entered or corrected must fit the history, and the verdicts resting on it are computed anew.
     */
    public TeilnehmerAkte aendern(Nutzer nutzer, UUID id, long version, TeilnehmerDaten d) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        List<Feldfehler> fehler = new ArrayList<>();
        Set<UUID> eigene = eigeneKommunen(nutzer);
        return transaktion.schreiben(kreis, () -> {
            Teilnehmer alt = teilnehmer(id, version);
            UUID kommune = d.kommuneId() == null ? alt.kommuneId() : d.kommuneId();
            TeilnehmerPruefung.person(new TeilnehmerDaten(d.vorname(), d.nachname(), d.geburtsdatum(), kommune,
                    d.sprachniveau(), d.fallverantwortung()), eigene, LocalDate.now(), "", fehler);
            if (fehler.isEmpty() && !kommune.equals(alt.kommuneId())) {
                fehler.add(Feldfehler.von("kommuneId", "teilnehmer.kommune.nur.umzug"));
            }
            Akten.werfen(fehler);
            Teilnehmer neu = new Teilnehmer(id, d.vorname().trim(), d.nachname().trim(), d.geburtsdatum(),
                    alt.kommuneId(), Akten.text(d.sprachniveau()), Akten.text(d.fallverantwortung()),
                    alt.aufgenommenAm(), alt.abgemeldetAm(), alt.abmeldegrund(), version);
            Akten.keinDoppel(tabellen, neu, "nachname");
            Personenverlauf vorher = pflege.laden(id);
            pflege.pruefen(nutzer, vorher, vorher.mitGeburtsdatum(neu.geburtsdatum()), "geburtsdatum");
            speichern(neu, version);
            TeilnehmerAkte akte = pflege.protokollieren(nutzer, id, "GEAENDERT", Akten.unterschied(alt, neu));
            if (!java.util.Objects.equals(alt.geburtsdatum(), neu.geburtsdatum())) {
                pflege.urteileNachfuehren(nutzer, id);
                return Akten.laden(tabellen, verlauf, id);
            }
            return akte;
        });
    }

    /** Records a consent given on {@code am}; a purpose with a consent in force cannot be consented to twice. */
    public TeilnehmerAkte einwilligen(Nutzer nutzer, UUID id, EinwilligungDaten daten) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        Einwilligungszweck zweck = daten.zweck();
        LocalDate am = daten.am();
        if (am.isAfter(LocalDate.now())) {
            throw FachlicherFehler.ungueltig("am", "teilnehmer.datum.zukunft", am); // a consent is given, not planned
        }
        return transaktion.schreiben(kreis, () -> {
            Akten.vorhanden(tabellen, id);
            if (tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.widerrufenAm() == null)) {
                throw FachlicherFehler.ungueltig("zweck", "teilnehmer.einwilligung.besteht");
            }
            tabellen.einwilligungAnlegen(id, zweck, am);
            audit.person(nutzer.benutzername(), "EINWILLIGUNG", OBJEKT, id, List.of("zweck", "erteiltAm"));
            return Akten.laden(tabellen, verlauf, id);
        });
    }

    /** Withdraws a consent from {@code am} on: sharing for its purpose stops that day. */
    public TeilnehmerAkte widerrufen(Nutzer nutzer, UUID einwilligungId, long version, Stichtag stichtag) {
        String kreis = nutzer.kreisMitRolle(SCHREIBEN);
        LocalDate am = stichtag.am();
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
            audit.person(nutzer.benutzername(), "WIDERRUF", OBJEKT, e.teilnehmerId(), List.of("widerrufenAm"));
            return Akten.laden(tabellen, verlauf, e.teilnehmerId());
        });
    }

    /** Whether the participant's data may be shared for {@code zweck} on {@code am}: only with a consent valid that day. */
    public boolean darfTeilen(Nutzer nutzer, UUID id, Einwilligungszweck zweck, LocalDate am) {
        String kreis = nutzer.kreisMitRolle(LESEN);
        if (zweck == null || am == null) {
            return false;
        }
        return transaktion.schreiben(kreis, () -> {
            Akten.vorhanden(tabellen, id);
            boolean darf = tabellen.einwilligungen(id).stream().anyMatch(e -> e.zweck() == zweck && e.gueltigAm(am));
            // whether a person consents is personal data too: the question is audited like reading the record
            audit.person(nutzer.benutzername(), "EINWILLIGUNG_GEPRUEFT", OBJEKT, id, List.of("einwilligungen"));
            return darf;
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

    /** The fields of the filter that were used; what they held stays out of the audit log. */
    private static List<String> filterfelder(TeilnehmerFilter f) {
        List<String> felder = new ArrayList<>();
        if (f.suche() != null && !f.suche().isBlank()) {
            felder.add("suche");
        }
        if (f.kommuneId() != null) {
            felder.add("kommuneId");
        }
        if (f.status() != null) {
            felder.add("status");
        }
        if (f.programm() != null) {
            felder.add("programm");
        }
        if (f.fallverantwortung() != null) {
            felder.add("fallverantwortung");
        }
        if (f.aktiv() != null) {
            felder.add("aktiv");
        }
        return felder;
    }


}
