package de.teilhabe.platform.programm;

import de.teilhabe.platform.fehler.FachlicherFehler;
import java.util.Optional;

/**
 * One program's answer when several programs are asked at once (e.g. "Zielgruppe prüfen"): either its
 * value or the error that program caused, so that one broken program does not spoil the others' answers.
 */
public record Programmergebnis<R>(String programmId, String programmName, Optional<R> wert,
                                  Optional<FachlicherFehler> fehler) {

    static <R> Programmergebnis<R> von(Programm programm, R wert) {
        return new Programmergebnis<>(programm.id(), programm.name(), Optional.ofNullable(wert), Optional.empty());
    }

    static <R> Programmergebnis<R> fehler(String id, String name, FachlicherFehler fehler) {
        return new Programmergebnis<>(id, name, Optional.empty(), Optional.of(fehler));
    }

    public boolean ok() {
        return fehler.isEmpty();
    }
}
