package de.teilhabe.platform.teilnehmer;

import de.teilhabe.platform.audit.Aenderungen;
import de.teilhabe.platform.audit.AuditProtokoll;
import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import de.teilhabe.platform.fehler.Feldfehler;
import de.teilhabe.platform.programm.Programm;
import de.teilhabe.platform.programm.ProgrammHost;
import de.teilhabe.platform.programm.Programmaufruf;
import de.teilhabe.platform.sicherheit.Nutzer;
import de.teilhabe.platform.zielgruppe.Programmurteil;
import de.teilhabe.plugin.api.zuweisung.Zuweisungsanfrage;
import de.teilhabe.plugin.api.zuweisung.Zuweisungsregel;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one way a person's history changes, in the running Kreis transaction (ADR 0002): read the history, build the
 * changed one, check it with {@link Verlaufsregeln} (the violations the change brings, on the operation's field),
 * write, recompute the verdicts that rest on the changed facts ({@link Urteile}), audit, and read the record anew.
 */
@Singleton
class Verlaufspflege {

    private final TeilnehmerTabellen tabellen;
    private final Verlaufstabellen verlauf;
    private final Urteile urteile;
    private final Programmaufruf aufruf;
    private final ProgrammHost host;
    private final AuditProtokoll audit;

    Verlaufspflege(TeilnehmerTabellen tabellen, Verlaufstabellen verlauf, Urteile urteile, Programmaufruf aufruf,
                   ProgrammHost host, AuditProtokoll audit) {
        this.tabellen = tabellen;
        this.verlauf = verlauf;
        this.urteile = urteile;
        this.aufruf = aufruf;
        this.host = host;
        this.audit = audit;
    }

    /**
     * One change of the history: how the history changes, how it is written, and for the audit log the action and the
     * names of the fields it sets (no values: {@link de.teilhabe.platform.audit.Personenbezug}).
     */
    record Aenderung(String feld, UnaryOperator<Personenverlauf> verlauf, Consumer<Personenverlauf> schreiben,
                     String aktion, List<String> felder) {
    }

    /** The person's current history. */
    Personenverlauf laden(UUID teilnehmerId) {
        Teilnehmer t = Akten.vorhanden(tabellen, teilnehmerId);
        return verlauf.verlauf(teilnehmerId, t.geburtsdatum());
    }

    /** Checks, writes and audits {@code aenderung}; the record as it is now. */
    TeilnehmerAkte aendern(Nutzer nutzer, UUID teilnehmerId, Aenderung aenderung) {
        Personenverlauf alt = laden(teilnehmerId);
        Personenverlauf neu = aenderung.verlauf().apply(alt);
        pruefen(nutzer, alt, neu, aenderung.feld());
        Akten.eindeutig(() -> aenderung.schreiben().accept(neu));
        audit.person(nutzer.benutzername(), aenderung.aktion(), TeilnehmerDienst.OBJEKT, teilnehmerId,
                aenderung.felder());
        urteileNachfuehren(nutzer, teilnehmerId);
        return Akten.laden(tabellen, verlauf, teilnehmerId);
    }

    /** Audits a change that needs no check of the history (the names of its fields); the record as it is now. */
    TeilnehmerAkte protokollieren(Nutzer nutzer, UUID teilnehmerId, String aktion, List<String> felder) {
        audit.person(nutzer.benutzername(), aktion, TeilnehmerDienst.OBJEKT, teilnehmerId, felder);
        return Akten.laden(tabellen, verlauf, teilnehmerId);
    }

    /** Audits the reading of a list of people: the action and the number of hits, nothing about them. */
    void listeProtokollieren(Nutzer nutzer, String aktion, int treffer) {
        audit.personen(nutzer.benutzername(), aktion, TeilnehmerDienst.OBJEKT, List.of(), Map.of("treffer", treffer));
    }

    /** The program's verdict on the person's history at the participation's intake day. */
    Programmurteil urteil(Nutzer nutzer, Programmteilnahme t, Personenverlauf v) {
        return urteile.urteil(nutzer, t.programm(), v, t.aufgenommenAm()).orElseThrow(() ->
                FachlicherFehler.ungueltig("programm", "teilnehmer.programm.fehler", programmname().apply(t.programm())));
    }

    /**
     * The rule violations {@code neu} brings over {@code alt}, thrown as errors of {@code feld}: a conflict (409) when
     * all of them say the fact is recorded already ({@link Verlaufsregeln#DOPPELT}), else bad input.
     */
    void pruefen(Nutzer nutzer, Personenverlauf alt, Personenverlauf neu, String feld) {
        List<Feldfehler> fehler = verstoesse(alt, neu, LocalDate.now(), feld);
        if (!fehler.isEmpty() && fehler.stream().allMatch(f -> Verlaufsregeln.DOPPELT.contains(f.code()))) {
            Feldfehler erster = fehler.get(0);
            throw new FachlicherFehler(Art.KONFLIKT, erster.code(), fehler, erster.argumente().toArray());
        }
        Akten.werfen(fehler);
    }

    /** The rule violations {@code neu} brings over {@code alt} on {@code heute}, as errors of {@code feld}. */
    List<Feldfehler> verstoesse(Personenverlauf alt, Personenverlauf neu, LocalDate heute,
                                                          String feld) {
        return Verlaufsregeln.neue(alt, neu, heute, zulassung(), programmname(), feld);
    }

    /** Recomputes the verdicts of the person's participations; each change is audited. */
    void urteileNachfuehren(Nutzer nutzer, UUID teilnehmerId) {
        urteileNachfuehren(nutzer, teilnehmerId, laden(teilnehmerId));
    }

    /** {@link #urteileNachfuehren(Nutzer, UUID)} on the history {@code v} just written (the import knows it). */
    void urteileNachfuehren(Nutzer nutzer, UUID teilnehmerId, Personenverlauf v) {
        for (Programmteilnahme t : urteile.nachfuehren(nutzer, v, LocalDate.now())) {
            Programmteilnahme vorher = v.teilnahme(t.id()).orElseThrow();
            verlauf.urteilSetzen(t.id(), t.einstufung(), t.begruendungen(), t.klaerungBis());
            audit.person(nutzer.benutzername(), "URTEIL_NEU", TeilnehmerDienst.OBJEKT, teilnehmerId,
                    Aenderungen.felder(vorher, t, Aenderungen.feld("einstufung", Programmteilnahme::einstufung),
                            Aenderungen.feld("begruendungen", Programmteilnahme::begruendungen),
                            Aenderungen.feld("klaerungBis", Programmteilnahme::klaerungBis)));
        }
    }

    /** Whether a participant of a program may be assigned to a Maßnahme of another: that program's plugin decides. */
    Verlaufsregeln.Zulassung zulassung() {
        return (programm, z) -> aufruf.rufe(z.programm(), Zuweisungsregel.class, regeln -> regeln.stream()
                .anyMatch(r -> r.zulaessig(new Zuweisungsanfrage(programm, z.baustein(), z.ab()))));
    }

    /** The program's name for messages. */
    Function<String, String> programmname() {
        return id -> host.programm(id).map(Programm::name).orElse(id);
    }
}
