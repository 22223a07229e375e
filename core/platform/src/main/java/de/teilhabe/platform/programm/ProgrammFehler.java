package de.teilhabe.platform.programm;

import de.teilhabe.platform.fehler.Art;
import de.teilhabe.platform.fehler.FachlicherFehler;
import java.util.List;

/** The messages a Kreis sees when a program is missing, refused, failed or throws. */
final class ProgrammFehler {

    private ProgrammFehler() {
    }

    static FachlicherFehler unbekannt(String id) {
        return FachlicherFehler.nichtGefunden("programm.unbekannt", id);
    }

    /** The program exists but is refused or failed; names the reason. */
    static FachlicherFehler nichtVerfuegbar(Programm programm) {
        return FachlicherFehler.konflikt("programm.nicht.verfuegbar", programm.name(), programm.grund().orElse(""));
    }

    /** The program threw during this call; the platform and the other programs go on. */
    static FachlicherFehler gestoert(Programm programm, String grund) {
        return new FachlicherFehler(Art.KONFLIKT, "programm.fehler", List.of(), programm.name(), grund);
    }

    static FachlicherFehler migrationFehlgeschlagen(Programm programm, String grund) {
        return FachlicherFehler.konflikt("programm.migration.fehlgeschlagen", programm.name(), grund);
    }

    static FachlicherFehler nichtAktiviert(Programm programm) {
        return FachlicherFehler.konflikt("programm.nicht.aktiviert", programm.name());
    }
}
