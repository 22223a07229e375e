package de.teilhabe.platform.teilnehmer;

import java.util.UUID;

/**
 * A person of a history list while the import replays its rows: the history as stored (empty for a person the list
 * takes in), and as the rows applied so far left it; whether a fact changed that a verdict rests on.
 */
final class Importperson {

    private final Teilnehmer neu;
    private final Personenverlauf gespeichert;
    private Personenverlauf verlauf;
    private boolean zustand;

    private Importperson(Teilnehmer neu, Personenverlauf gespeichert, Personenverlauf verlauf) {
        this.neu = neu;
        this.gespeichert = gespeichert;
        this.verlauf = verlauf;
    }

    /** A person already stored, with the history as stored. */
    static Importperson gespeichert(Personenverlauf verlauf) {
        return new Importperson(null, verlauf, verlauf);
    }

    /** A person the list takes in: the intake checked. */
    static Importperson aufgenommen(TeilnehmerAufnahme.Aufnahme aufnahme) {
        Teilnehmer t = aufnahme.teilnehmer();
        return new Importperson(t, Personenverlauf.neu(t.id(), t.geburtsdatum()), aufnahme.verlauf());
    }

    UUID id() {
        return verlauf.teilnehmerId();
    }

    Personenverlauf verlauf() {
        return verlauf;
    }

    /** The history after one more row; {@code zustand}: the row changed a fact a verdict rests on. */
    void aendern(Personenverlauf neuerVerlauf, boolean zustandGeaendert) {
        verlauf = neuerVerlauf;
        zustand |= zustandGeaendert;
    }

    boolean geaendert() {
        return neu != null || verlauf != gespeichert;
    }

    /** Whether the verdicts must be computed again after writing. */
    boolean zustand() {
        return zustand;
    }

    Verlaufsschreiber.Aenderung aenderung() {
        return new Verlaufsschreiber.Aenderung(neu, gespeichert, verlauf);
    }
}
